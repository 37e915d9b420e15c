package net.zeroxhost.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import net.zeroxhost.portal.testsupport.Deployments;
import net.zeroxhost.portal.testsupport.OxhostStub;
import net.zeroxhost.portal.testsupport.PortalHttp;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin audit pages over HTTP, as an admin, a customer and a stranger reach them: the list with
 * its filters in the URL, the detail view of an attempt (the key masked, never shown), the CSV
 * export, and no way in for anyone else, by GET or by a forged POST.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private PortalHttp loggedIn(String email, String password) throws Exception {
        return PortalHttp.signedIn(base.toURI(), email, password);
    }

    /** An invoice Alice just made, by its attempt id. */
    private String alicesInvoice() throws Exception {
        String path = loggedIn("alice@example.com", "alice-demo-password").createInvoiceForFirstPlan();
        return path.substring(path.indexOf("id=") + 3);
    }

    @Test
    void theListFiltersByTheUrlAndLinksToTheDetail() throws Exception {
        String id = alicesInvoice();
        PortalHttp admin = loggedIn("admin@example.com", "admin-demo-password");

        HttpResponse<String> all = admin.get("admin/index");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("id=\"filters\"").contains("admin/invoice?id=" + id);

        HttpResponse<String> hers = admin.get("admin/index?customer=ALICE%40example&state=OPEN&sort=price-desc&size=25");
        assertThat(hers.body()).contains("admin/invoice?id=" + id).doesNotContain("bob@example.com")
                .contains("value=\"alice@example\"").contains("<option value=\"OPEN\" selected=\"selected\">");
        assertThat(admin.get("admin/index?customer=bob%40example.com").body()).doesNotContain("admin/invoice?id=" + id);
        assertThat(admin.get("admin/index?state=FAILED&customer=alice%40example.com").body())
                .doesNotContain("admin/invoice?id=" + id);

        HttpResponse<String> nonsense = admin.get("admin/index?state=PAID&size=7&from=yesterday&after=%27%20or%201%3D1");
        assertThat(nonsense.statusCode()).isEqualTo(200);
        assertThat(nonsense.body()).contains("id=\"filter-problems\"").contains("There is no status")
                .contains("is not a date").contains("admin/invoice?id=" + id);
    }

    @Test
    void theDetailShowsWhatWasSentAndReceivedWithTheKeyMasked() throws Exception {
        String id = alicesInvoice();
        PortalHttp admin = loggedIn("admin@example.com", "admin-demo-password");

        HttpResponse<String> detail = admin.get("admin/invoice?id=" + id);
        assertThat(detail.statusCode()).isEqualTo(200);
        String page = detail.body();
        assertThat(page).contains("id=\"request-headers\"").contains("x-api-key: ********")
                .contains("id=\"request-body\"").contains("server_id")
                .contains("id=\"http-status\">200<").contains(" ms</dd>")
                .contains("id=\"raw-answer\"").contains("id=\"history\"").contains("alice@example.com");
        assertThat(page).doesNotContain(OxhostStub.API_KEY);
        assertThat(detail.headers().allValues("Content-Security-Policy")).isNotEmpty();

        assertThat(admin.get("admin/invoice?id=00000000-0000-4000-8000-000000000000").statusCode()).isEqualTo(404);
        assertThat(admin.get("admin/invoice?id=%3Cscript%3E").statusCode()).isEqualTo(404);
    }

    @Test
    void theExportIsTheFilteredSetAsCsv() throws Exception {
        String id = alicesInvoice();
        PortalHttp admin = loggedIn("admin@example.com", "admin-demo-password");

        HttpResponse<String> export = admin.get("admin/invoices.csv?customer=alice%40example.com");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv")
                .containsIgnoringCase("charset=utf-8");
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"invoices-").endsWith(".csv\"");
        assertThat(export.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(export.body().substring(1))).getRecords();
        assertThat(rows).isNotEmpty().allMatch(r -> r.get("customer").equals("alice@example.com"));
        assertThat(rows).extracting(r -> r.get("attempt_id")).contains(id);
        assertThat(export.body()).doesNotContain(OxhostStub.API_KEY);

        HttpResponse<String> none = admin.get("admin/invoices.csv?customer=nobody-at-all%40example.com");
        assertThat(none.body().substring(1).strip()).as("the header alone").startsWith("requested_at,customer,")
                .doesNotContain("\n");
    }

    @Test
    void nobodyButAnAdminReachesThem() throws Exception {
        String id = alicesInvoice();
        PortalHttp anonymous = new PortalHttp(base.toURI());
        PortalHttp alice = loggedIn("alice@example.com", "alice-demo-password");
        for (String path : new String[] {"admin/", "admin/invoices.csv", "admin/invoice?id=" + id}) {
            HttpResponse<String> stranger = anonymous.get(path);
            assertThat(stranger.statusCode()).as(path).isEqualTo(302);
            assertThat(stranger.headers().firstValue("Location").orElseThrow()).as(path).contains("/login");
            HttpResponse<String> customer = alice.get(path);
            assertThat(customer.statusCode()).as(path).isEqualTo(403);
            assertThat(customer.body()).as(path).doesNotContain(id + "\"").doesNotContain("requested_at,");
            assertThat(alice.post(path, Map.of("state", "OPEN")).statusCode()).as("POST " + path).isEqualTo(403);
        }
    }
}
