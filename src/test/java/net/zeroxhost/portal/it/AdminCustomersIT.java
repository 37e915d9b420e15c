package net.zeroxhost.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The customers' admin pages over HTTP: a customer who signed up without a 0xhost user is
 * activated by an admin and can then buy; a disabled one is signed out at their next request and
 * cannot log in until enabled again; every change is in the admin actions log, none is made
 * without the form's fresh token, and nobody but an admin reaches any of it. Tagged persistence:
 * it also runs on PostgreSQL, where the changes take a row lock and the log a table of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(TestTags.PERSISTENCE)
class AdminCustomersIT {

    private static final Pattern CUSTOMER_LINK = Pattern.compile("admin/customer\\?id=([0-9a-f-]{36})");
    private static final String PASSWORD = "a-customers-long-password";

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

    /** A new customer, signed up (and so logged in) in {@code visitor}'s session; returns the email. */
    private static String signUp(PortalHttp visitor) throws Exception {
        String email = "dora-" + UUID.randomUUID() + "@example.com";
        assertThat(visitor.signUpAndLogIn(email, PASSWORD).statusCode()).isEqualTo(302);
        return email;
    }

    /** The customer page's path, found through the customers search. */
    private static String customerPage(PortalHttp admin, String email) throws Exception {
        HttpResponse<String> found = admin.get("admin/customers?q=" + email.substring(0, Math.min(20, email.length())).toUpperCase());
        assertThat(found.statusCode()).isEqualTo(200);
        Matcher link = CUSTOMER_LINK.matcher(found.body());
        assertThat(link.find()).as("the search finds " + email).isTrue();
        assertThat(found.body()).contains(email);
        return "admin/customer?id=" + link.group(1);
    }

    /** Presses {@code button} of the customer page's form, as a browser posts it. */
    private static HttpResponse<String> press(PortalHttp admin, String page, String button, String user) throws Exception {
        return admin.post(page, form(button, user, PortalHttp.viewState(admin.get(page).body())));
    }

    private static Map<String, String> form(String button, String user, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("customer-actions", "customer-actions");
        form.put("customer-actions:user", user);
        form.put("customer-actions:" + button, button);
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    @Test
    void anAdminActivatesAPendingCustomerWhoCanThenBuy() throws Exception {
        PortalHttp dora = new PortalHttp(base.toURI());
        String email = signUp(dora);
        assertThat(dora.get(dora.firstPlanCheckoutPath()).body()).contains("awaits activation");
        PortalHttp admin = admin();
        String page = customerPage(admin, email);
        assertThat(admin.get(page).body()).contains("data-status=\"pending\"").contains("Awaiting activation");

        HttpResponse<String> refused = press(admin, page, "link", "not a user id");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("That is not a 0xhost user id").contains("data-status=\"pending\"");

        String user = UUID.randomUUID().toString();
        HttpResponse<String> linked = press(admin, page, "link", "  " + user + " ");
        assertThat(linked.statusCode()).isEqualTo(302);
        assertThat(linked.headers().firstValue("Location").orElseThrow()).contains("done=linked");
        String location = linked.headers().firstValue("Location").orElseThrow();
        String after = admin.get(location.substring(location.indexOf("admin/customer"))).body();
        assertThat(after).contains("data-status=\"active\"").contains("The 0xhost user is set.").contains(user)
                .contains("data-action=\"ACTIVATE\"");

        assertThat(dora.createInvoiceForFirstPlan()).startsWith("invoice?id=");

        String id = page.substring(page.indexOf("id=") + 3);
        String log = admin.get("admin/actions?on=" + id).body();
        assertThat(log).contains("data-action=\"ACTIVATE\"").contains("admin@example.com").contains(email).contains(user)
                .doesNotContain("not a user id");
        assertThat(admin.get("admin/actions?target=ACCOUNT&admin=ADMIN%40example").body()).contains(email);
        assertThat(admin.get("admin/actions?target=PLAN&on=" + id).body()).contains("id=\"no-actions\"");
    }

    @Test
    void aDisabledCustomerIsSignedOutAndCannotLogInUntilEnabled() throws Exception {
        PortalHttp dora = new PortalHttp(base.toURI());
        String email = signUp(dora);
        assertThat(dora.get("invoices").statusCode()).isEqualTo(200);
        PortalHttp admin = admin();
        String page = customerPage(admin, email);

        assertThat(press(admin, page, "disable", "").statusCode()).isEqualTo(302);
        assertThat(admin.get(page).body()).contains("data-status=\"disabled\"").contains("data-action=\"DISABLE\"");

        HttpResponse<String> ended = dora.get("invoices");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElseThrow()).contains("login?ended=disabled");
        assertThat(dora.get("login?ended=disabled").body()).contains("id=\"session-ended\"");
        assertThat(dora.get("invoices").headers().firstValue("Location").orElseThrow()).contains("/login");

        PortalHttp again = new PortalHttp(base.toURI());
        assertThat(again.login(email, PASSWORD).body()).contains("This account has been disabled");
        assertThat(again.login(email, "a-wrong-long-password").body()).contains("Wrong email or password")
                .doesNotContain("has been disabled");

        assertThat(press(admin, page, "enable", "").statusCode()).isEqualTo(302);
        assertThat(again.login(email, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(again.get("invoices").statusCode()).isEqualTo(200);
        assertThat(admin.get(page).body()).contains("data-action=\"ENABLE\"").contains("data-action=\"DISABLE\"");
    }

    @Test
    void noChangeWithoutTheFormsFreshTokenAndNoneToTheAdminsOwnAccount() throws Exception {
        PortalHttp dora = new PortalHttp(base.toURI());
        String email = signUp(dora);
        PortalHttp admin = admin();
        String page = customerPage(admin, email);

        HttpResponse<String> forged = admin.post(page, form("disable", "", "-1234567890:0987654321"));
        assertThat(forged.statusCode()).as("no change, so no redirect to the changed page").isNotEqualTo(302);
        assertThat(forged.body()).doesNotContain("Exception");
        HttpResponse<String> tokenless = admin.post(page, Map.of("customer-actions", "customer-actions",
                "customer-actions:disable", "disable"));
        assertThat(tokenless.statusCode()).isNotEqualTo(302);
        assertThat(tokenless.body()).doesNotContain("Exception");
        String after = admin.get(page).body();
        assertThat(after).contains("data-status=\"pending\"").contains("id=\"no-actions\"");
        assertThat(dora.get("invoices").statusCode()).isEqualTo(200);

        String own = customerPage(admin, "admin@example.com");
        assertThat(admin.get(own).body()).doesNotContain("customer-actions:disable");
        assertThat(admin.post(own, form("disable", "", PortalHttp.viewState(admin.get(own).body()))).statusCode())
                .as("the button is not on the admin's own page, so posting it does nothing").isNotEqualTo(302);
        assertThat(admin.get(own).body()).doesNotContain("data-status=\"disabled\"");
        assertThat(admin.get("admin/index").statusCode()).isEqualTo(200);
    }

    @Test
    void nobodyButAnAdminReachesThem() throws Exception {
        PortalHttp dora = new PortalHttp(base.toURI());
        String email = signUp(dora);
        String page = customerPage(admin(), email);
        PortalHttp anonymous = new PortalHttp(base.toURI());
        PortalHttp alice = loggedIn("alice@example.com", "alice-demo-password");
        for (String path : new String[] {"admin/customers", page, "admin/actions"}) {
            HttpResponse<String> stranger = anonymous.get(path);
            assertThat(stranger.statusCode()).as(path).isEqualTo(302);
            assertThat(stranger.headers().firstValue("Location").orElseThrow()).as(path).contains("/login");
            HttpResponse<String> customer = alice.get(path);
            assertThat(customer.statusCode()).as(path).isEqualTo(403);
            assertThat(customer.body()).as(path).doesNotContain(email);
            assertThat(alice.post(path, form("disable", "", "x")).statusCode()).as("POST " + path).isEqualTo(403);
            assertThat(anonymous.post(path, form("disable", "", "x")).statusCode()).as("POST " + path).isIn(302, 403);
        }
        assertThat(admin().get(page).body()).contains("data-status=\"pending\"").contains("id=\"no-actions\"");
    }
}
