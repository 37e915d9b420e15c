package net.zeroxhost.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import net.zeroxhost.portal.demo.DemoPlans;
import net.zeroxhost.portal.testsupport.Deployments;
import net.zeroxhost.portal.testsupport.PortalHttp;
import net.zeroxhost.portal.testsupport.TestTags;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plans' admin pages over HTTP: a plan is created with every field checked, sold, edited and
 * retired; the invoice already made keeps the name and price it was made with; each change is in
 * the admin actions log; nobody but an admin gets in. The plans it makes sort last and end
 * retired, so the other tests' catalog is the demo one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(TestTags.PERSISTENCE)
class AdminPlansIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private PortalHttp loggedIn(String email, String password) throws Exception {
        return PortalHttp.signedIn(base.toURI(), email, password);
    }

    private PortalHttp admin() throws Exception {
        return PortalHttp.admin(base.toURI());
    }

    private static Map<String, String> fields(String name, String price, String currency, String server) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("plan-form", "plan-form");
        form.put("plan-form:name", name);
        form.put("plan-form:vcpu", "6");
        form.put("plan-form:ramGb", "24");
        form.put("plan-form:diskGb", "480");
        form.put("plan-form:location", "Oslo, NO");
        form.put("plan-form:price", price);
        form.put("plan-form:currency", currency);
        form.put("plan-form:server", server);
        form.put("plan-form:sortOrder", "99999");
        return form;
    }

    /** Presses {@code button} of the plan page at {@code path} with these fields, as a browser posts it. */
    private static HttpResponse<String> press(PortalHttp admin, String path, String button, Map<String, String> fields)
            throws Exception {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("plan-form:" + button, button);
        form.put("jakarta.faces.ViewState", PortalHttp.viewState(admin.get(path).body()));
        return admin.post(path, form);
    }

    private static String pathOf(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("admin/plan?"));
    }

    @Test
    void aPlanIsCreatedSoldEditedAndRetiredAndItsInvoiceKeepsWhatItWasMadeWith() throws Exception {
        String name = "Oslo " + UUID.randomUUID().toString().substring(0, 8);
        String server = UUID.randomUUID().toString();
        PortalHttp admin = admin();

        HttpResponse<String> wrong = press(admin, "admin/plan", "save", fields(name, "12,34", "euro", "srv-1"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("The plan was not saved").contains("A price above zero")
                .contains("Three letters").contains("Not a 0xhost server id");
        HttpResponse<String> taken = press(admin, "admin/plan", "save", fields(name, "12.34", "EUR", DemoPlans.STANDARD_SERVER_ID));
        assertThat(taken.body()).contains("Another plan already sells this 0xhost server");
        assertThat(admin.get("admin/plans").body()).doesNotContain(name);

        String page = pathOf(press(admin, "admin/plan", "save", fields(name, "12.34", "eur", server)));
        assertThat(admin.get(page).body()).contains("The plan is saved.").contains("data-action=\"CREATE_PLAN\"");
        String planPage = page.substring(0, page.indexOf("&"));
        String planId = planPage.substring(planPage.indexOf("id=") + 3);
        assertThat(admin.get("admin/plans").body()).contains(name).contains("12.34 EUR");

        PortalHttp alice = loggedIn("alice@example.com", "alice-demo-password");
        assertThat(alice.get("plans").body()).contains(name);
        String checkout = alice.checkoutPathOf(name);
        String invoice = alice.post(checkout, PortalHttp.confirmForm(alice.get(checkout).body()))
                .headers().firstValue("Location").orElseThrow();
        String invoicePath = invoice.substring(invoice.indexOf("invoice?id="));
        String attemptId = invoicePath.substring("invoice?id=".length());

        pathOf(press(admin, planPage, "save", fields(name + " v2", "99.00", "EUR", server)));
        String edited = admin.get(planPage).body();
        assertThat(edited).contains("data-action=\"EDIT_PLAN\"").contains("12.34 EUR").contains("99.00 EUR");
        assertThat(alice.get(invoicePath).body()).contains(name).doesNotContain(name + " v2");
        String detail = admin.get("admin/invoice?id=" + attemptId).body();
        assertThat(detail).contains("id=\"plan\">" + name + "<").contains("id=\"catalog-price\">12.34 EUR<");
        assertThat(admin.get("admin/index?plan=" + planId).body()).contains("admin/invoice?id=" + attemptId)
                .contains(">" + name + "<");

        pathOf(press(admin, planPage, "retire", Map.of("plan-form", "plan-form")));
        assertThat(admin.get(planPage).body()).contains("id=\"retired-notice\"").contains("data-action=\"RETIRE_PLAN\"");
        assertThat(alice.get("plans").body()).doesNotContain(name);
        assertThat(alice.get(checkout).statusCode()).isEqualTo(404);
        assertThat(admin.get("admin/invoice?id=" + attemptId).body()).contains("(retired)");
        assertThat(alice.get(invoicePath).body()).contains(name);

        pathOf(press(admin, planPage, "restore", Map.of("plan-form", "plan-form")));
        assertThat(alice.get("plans").body()).contains(name + " v2");
        pathOf(press(admin, planPage, "retire", Map.of("plan-form", "plan-form")));
        String log = admin.get("admin/actions?target=PLAN&on=" + planId).body();
        assertThat(log).contains("data-action=\"CREATE_PLAN\"").contains("data-action=\"EDIT_PLAN\"")
                .contains("data-action=\"RETIRE_PLAN\"").contains("data-action=\"RESTORE_PLAN\"").contains("admin@example.com");
    }

    /** A hand-made post may name every button of the form (scripts/security-scan's did): one action runs. */
    @Test
    void aPostNamingTwoButtonsRunsOnlyTheFirstAction() throws Exception {
        String name = "Two buttons " + UUID.randomUUID().toString().substring(0, 8);
        String server = UUID.randomUUID().toString();
        PortalHttp admin = admin();
        String page = pathOf(press(admin, "admin/plan", "save", fields(name, "10.00", "EUR", server)));
        String planPage = page.substring(0, page.indexOf("&"));

        Map<String, String> both = new LinkedHashMap<>(fields(name + " edited", "11.00", "EUR", server));
        both.put("plan-form:retire", "retire");
        HttpResponse<String> answer = press(admin, planPage, "save", both);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        String after = admin.get(planPage).body();
        assertThat(after).contains("data-action=\"EDIT_PLAN\"").doesNotContain("data-action=\"RETIRE_PLAN\"")
                .doesNotContain("id=\"retired-notice\"");
    }

    /** An unknown target in the actions log's URL is named on the page, like any bad filter. */
    @Test
    void anUnknownTargetInTheActionsLogsUrlIsNamedNotAnError() throws Exception {
        HttpResponse<String> page = admin().get("admin/actions?target=abc");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("There is no such kind of target").doesNotContain("Exception");
    }

    @Test
    void nobodyButAnAdminReachesThem() throws Exception {
        PortalHttp anonymous = new PortalHttp(base.toURI());
        PortalHttp alice = loggedIn("alice@example.com", "alice-demo-password");
        String name = "Forged " + UUID.randomUUID().toString().substring(0, 8);
        for (String path : new String[] {"admin/plans", "admin/plan"}) {
            HttpResponse<String> stranger = anonymous.get(path);
            assertThat(stranger.statusCode()).as(path).isEqualTo(302);
            assertThat(stranger.headers().firstValue("Location").orElseThrow()).as(path).contains("/login");
            assertThat(alice.get(path).statusCode()).as(path).isEqualTo(403);
            Map<String, String> forged = new LinkedHashMap<>(fields(name, "1.00", "EUR", UUID.randomUUID().toString()));
            forged.put("plan-form:save", "save");
            forged.put("jakarta.faces.ViewState", "1:2");
            assertThat(alice.post(path, forged).statusCode()).as("POST " + path).isEqualTo(403);
            assertThat(admin().post(path, forged).statusCode()).as("a forged token saves nothing, so no redirect")
                    .isNotEqualTo(302);
        }
        assertThat(admin().get("admin/plans").body()).doesNotContain(name);
    }
}
