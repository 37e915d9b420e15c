package net.zeroxhost.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.zeroxhost.portal.platform.SecurityHeaders;
import net.zeroxhost.portal.testsupport.Deployments;
import net.zeroxhost.portal.testsupport.OxhostStub;
import net.zeroxhost.portal.testsupport.PortalHttp;
import net.zeroxhost.portal.testsupport.RawGet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web layer's defences, seen from outside over HTTP: who may open what, forged and stale
 * posts, headers, error pages without stack traces, and the API key absent from every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** The global messages of a page (the ones that would differ if it told a taken email apart). */
    private static String messages(String page) {
        Matcher list = Pattern.compile("<ul id=\"messages\".*?</ul>", Pattern.DOTALL)
                .matcher(page);
        return list.find() ? list.group() : "";
    }

    private PortalHttp visitor() throws Exception {
        return new PortalHttp(base.toURI());
    }

    /** Where a chain of redirects from {@code path} ends, as a path relative to the deployment. */
    private String follow(PortalHttp visitor, String path) throws Exception {
        for (int hops = 0; hops < 5; hops++) {
            HttpResponse<String> response = visitor.get(path);
            if (response.statusCode() != 301 && response.statusCode() != 302) {
                return path;
            }
            String location = response.headers().firstValue("Location").orElseThrow();
            path = URI.create(location).getPath().substring(base.getPath().length());
        }
        throw new AssertionError("redirect loop from " + path);
    }

    @Test
    void accountPagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
        PortalHttp anonymous = visitor();
        // The escaped spellings too: the access rules see the decoded path (on WildFly the host's
        // filter decodes it, server-config/wildfly/configure.cli).
        for (String path : new String[] {"invoices", "checkout?plan=x", "invoice?id=x", "admin/", "%61dmin/", "invoice%73"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).contains("/login"));
            // Made by the login mechanism, before any filter of the portal on Payara.
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
            assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
        }
    }

    @Test
    void customersAreKeptOutOfAdminPages() throws Exception {
        PortalHttp alice = visitor();
        alice.login("alice@example.com", "alice-demo-password");

        assertThat(alice.get("admin/").statusCode()).isEqualTo(403);
        assertThat(alice.get("admin/index").statusCode()).isEqualTo(403);
        HttpResponse<String> bare = alice.get("admin");
        assertThat(bare.statusCode()).isIn(301, 302, 403);
    }

    @Test
    void theAdminPrefixOpensTheInvoiceListForAdmins() throws Exception {
        PortalHttp admin = visitor();
        admin.login("admin@example.com", "admin-demo-password");

        HttpResponse<String> bare = admin.get("admin");
        // The server's own redirect to the directory: 301 on Payara, 302 on WildFly.
        assertThat(bare.statusCode()).isIn(301, 302);
        assertThat(bare.headers().firstValue("Location").orElseThrow()).endsWith("/admin/");
        HttpResponse<String> list = admin.get(follow(admin, "admin/"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"admin-invoices\"");
    }

    @Test
    void loginFailsWithAClearMessageAndWithoutSayingWhichPartWasWrong() throws Exception {
        HttpResponse<String> wrong = visitor().login("alice@example.com", "not-her-password");
        HttpResponse<String> unknown = visitor().login("nobody@example.com", "whatever-password");

        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Wrong email or password.");
        assertThat(unknown.body()).contains("Wrong email or password.");
    }

    @Test
    void loginIssuesANewSessionId() throws Exception {
        PortalHttp alice = visitor();
        alice.get("login");
        String before = alice.sessionId();

        HttpResponse<String> response = alice.login("alice@example.com", "alice-demo-password");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(before).isNotNull();
        assertThat(alice.sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void anotherCustomersInvoiceIsNotFoundButTheAdminSeesIt() throws Exception {
        PortalHttp alice = visitor();
        alice.login("alice@example.com", "alice-demo-password");
        String invoice = alice.createInvoiceForFirstPlan();
        assertThat(alice.get(invoice).statusCode()).isEqualTo(200);

        PortalHttp bob = visitor();
        bob.login("bob@example.com", "bob-demo-password");
        HttpResponse<String> forBob = bob.get(invoice);
        HttpResponse<String> missing = bob.get("invoice?id=00000000-0000-4000-8000-000000000000");

        assertThat(forBob.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        // Same page, but for the per-render ViewState token of the header's log-out form.
        assertThat(withoutViewState(forBob.body())).isEqualTo(withoutViewState(missing.body()));
        assertThat(forBob.body()).contains("Log out");
        assertThat(forBob.body()).doesNotContain("0x7717324E33798466298275C82711084B452A8179");

        PortalHttp admin = visitor();
        admin.login("admin@example.com", "admin-demo-password");
        assertThat(admin.get(invoice).statusCode()).isEqualTo(200);
        assertThat(admin.get(follow(admin, "admin/")).body()).contains("alice@example.com");
    }

    private static String withoutViewState(String page) {
        return page.replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]*", "$1");
    }

    @Test
    void aForgedPostIsRefusedWithoutAStackTrace() throws Exception {
        PortalHttp alice = visitor();
        alice.login("alice@example.com", "alice-demo-password");
        String plans = alice.get("plans").body();
        String checkout = plans.substring(plans.indexOf("checkout?plan="), plans.indexOf("checkout?plan=") + 50);

        HttpResponse<String> forged = alice.post(checkout, Map.of(
                "checkout", "checkout", "checkout:key", "11111111-1111-4111-8111-111111111111",
                "checkout:submit", "Create invoice", "jakarta.faces.ViewState", "-123:456"));

        assertThat(forged.headers().firstValue("Location")).isEmpty();
        assertThat(forged.statusCode()).as("the client's request, not a server error").isEqualTo(400);
        assertThat(forged.body()).contains("This page has expired").doesNotContain("Exception").doesNotContain("at net.");
    }

    /** Mojarra restores the posted page from whatever state the token names; another page's is refused. */
    @Test
    void anotherPagesTokenPostedToAFormIsTheExpiredPage() throws Exception {
        PortalHttp alice = visitor();
        alice.login("alice@example.com", "alice-demo-password");
        // The sign-up page's form: the pages without a form of their own keep no view at all.
        String signup = alice.get("signup").body();
        String checkout = alice.firstPlanCheckoutPath();
        Map<String, String> form = new LinkedHashMap<>(PortalHttp.confirmForm(alice.get(checkout).body()));
        form.put("jakarta.faces.ViewState", PortalHttp.viewState(signup));

        HttpResponse<String> crossed = alice.post(checkout, form);

        assertThat(crossed.headers().firstValue("Location")).as("no invoice made").isEmpty();
        assertThat(crossed.statusCode()).isEqualTo(400);
        assertThat(crossed.body()).contains("This page has expired").doesNotContain("Exception");
    }

    @Test
    void pagesCarrySecurityHeadersAndNeverTheApiKey() throws Exception {
        PortalHttp alice = visitor();
        alice.login("alice@example.com", "alice-demo-password");
        String invoice = alice.createInvoiceForFirstPlan();

        for (String path : new String[] {"plans", "login", invoice, "invoices"}) {
            HttpResponse<String> response = alice.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(response.body()).as(path).doesNotContain(OxhostStub.API_KEY);
            // With a key configured the sandbox is off, and says so by its missing banner.
            assertThat(response.body()).as(path).doesNotContain("sandbox-banner");
        }
    }

    @Test
    void aBodyAboveTheLimitIsRefusedWith413AndTheHeadersNotA500() throws Exception {
        PortalHttp visitor = visitor();
        Map<String, String> form = new HashMap<>(PortalHttp.loginForm(visitor.get("login").body(),
                "alice@example.com", "x"));
        form.put("padding", "a".repeat(10_000_000));
        HttpResponse<String> response;
        try {
            response = visitor.post("login", form);
        } catch (IOException e) {
            // The server may close the connection while the rest of the body is still on its way.
            throw new AssertionError("no answer to an oversized post", e);
        }
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.body()).contains("larger than the portal accepts").doesNotContain("Exception");
    }

    @Test
    void redirectsAndErrorsCarryTheHeadersAndNoServerBanner() throws Exception {
        PortalHttp admin = visitor();
        admin.login("admin@example.com", "admin-demo-password");
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        responses.put("admin (301 to admin/)", admin.get("admin"));
        responses.put("no-such-page (404)", visitor().get("no-such-page"));
        responses.put("plans (302 to login)", visitor().get("plans"));
        responses.put("login (200)", visitor().get("login"));
        responses.put("WEB-INF (the container refuses it)", visitor().get("WEB-INF/web.xml"));
        responses.put("a stylesheet", visitor().get("jakarta.faces.resource/css/portal.css.xhtml"));
        assertThat(responses.get("admin (301 to admin/)").statusCode()).isEqualTo(301);
        assertThat(responses.get("WEB-INF (the container refuses it)").statusCode()).isIn(403, 404);
        responses.forEach((what, response) -> {
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(what).isPresent();
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(response.headers().firstValue("Server")).as(what).isEmpty();
            assertThat(response.headers().firstValue("X-Powered-By")).as(what).isEmpty();
        });
    }

    /** Not followed by two hex digits, or cut short at the end of the path; the last in a query parameter. */
    private static final String BROKEN_ESCAPE_IN_THE_QUERY = "plans?plan=%zz";
    private static final List<String> BROKEN_ESCAPES = List.of("%zz", "%", "%%3", "plans%2", "a%zzb/c", BROKEN_ESCAPE_IN_THE_QUERY);
    /** Well-formed escapes of an overlong "." (the classic path traversal), of bytes that are no UTF-8, of a NUL. */
    private static final List<String> ESCAPES_OF_NO_TEXT = List.of("%c0%ae", "%ff%fe", "a%00b");

    /**
     * A malformed URL's refusal: a 400 with the portal's security headers, no 500, no banner, no
     * trace. Payara's own answers came before the portal ran (an empty 200 for a broken escape,
     * payara/Payara#8000; a bare 400 for escapes of no text): the URI guard of its listeners
     * answers instead (src/payara-uri-guard). On WildFly the host refuses a broken escape
     * (server-config/wildfly/configure.cli) and the portal's filter escapes of no text.
     */
    private static void assertRefusedWithTheHeaders(RawGet answer, String path) {
        assertThat(answer.status()).as(path).isEqualTo(400);
        assertThat(answer.header("Content-Security-Policy")).as(path).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(answer.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(answer.header("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(answer.header("Server")).as(path).isEmpty();
        assertThat(answer.header("X-Powered-By")).as(path).isEmpty();
        assertThat(answer.body()).as(path).doesNotContain("Exception").doesNotContain("at org.");
    }

    /** A broken percent-escape, in the path or the query, is refused with an honest 400 that carries the headers. */
    @Test
    void aBrokenPercentEscapeIsAnHonest400WithTheHeaders() throws Exception {
        for (String path : BROKEN_ESCAPES) {
            assertRefusedWithTheHeaders(RawGet.of(base, path), path);
        }
    }

    /**
     * A malformed URL that follows a good request on the same kept-alive connection is refused the
     * same way: on Payara the guard checks every request of a connection, not only its first.
     */
    @Test
    void aMalformedUrlAfterAGoodRequestOnOneConnectionIsRefusedToo() throws Exception {
        for (String malformed : List.of("%zz", "%c0%ae")) {
            List<RawGet> answers = RawGet.onOneConnection(base, "login", malformed);
            assertThat(answers).as(malformed).hasSize(2);
            assertThat(answers.get(0).status()).as("login before " + malformed).isEqualTo(200);
            assertRefusedWithTheHeaders(answers.get(1), malformed + " after login");
        }
    }

    /**
     * An empty path segment under the context ({@code //}, {@code /%2f}): Payara answers it with its
     * own redirect to the welcome page, made in its authentication step, where the interceptor around
     * the login mechanism ({@code account/SecurityHeadersFirst}) sets the headers.
     */
    @Test
    void theContainersOwnAnswersToEmptySegmentsCarryTheHeaders() throws Exception {
        for (String path : new String[] {"/", "%2f"}) {
            RawGet answer = RawGet.of(base, path);
            assertThat(answer.status()).as(path).isNotEqualTo(500).isNotEqualTo(-1);
            assertThat(answer.header("Content-Security-Policy")).as(path).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(answer.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(answer.header("Server")).as(path).isEmpty();
        }
    }

    /**
     * Escapes that are well formed but decode to no valid UTF-8 text (an overlong dot, bytes that are
     * no UTF-8 at all) or to a NUL are refused the same way, never with a 500.
     */
    @Test
    void escapesThatDecodeToNoTextAreRefusedAndNeverA500() throws Exception {
        for (String path : ESCAPES_OF_NO_TEXT) {
            assertRefusedWithTheHeaders(RawGet.of(base, path), path);
        }
    }

    /**
     * The logout form is on every signed-in page, each rendering it with the session's token, and its
     * post logs out from any of them (when it was a Faces form, a payment page answered it with a 500).
     */
    @Test
    void theLogoutFormWorksFromEveryKindOfPage() throws Exception {
        PortalHttp customer = PortalHttp.signedIn(base.toURI(), "alice@example.com", "alice-demo-password");
        String checkout = customer.firstPlanCheckoutPath();
        String invoice = customer.createInvoiceForFirstPlan();
        String attemptId = invoice.substring(invoice.indexOf("id=") + 3);
        for (String page : List.of("plans", checkout, invoice, "invoices")) {
            assertLogsOutFrom(customer, page);
            customer = PortalHttp.signedIn(base.toURI(), "alice@example.com", "alice-demo-password");
        }

        PortalHttp admin = PortalHttp.admin(base.toURI());
        Matcher planLink = Pattern.compile("admin/plan\\?id=([0-9a-f-]{36})").matcher(admin.get("admin/plans").body());
        Matcher customerLink = Pattern.compile("admin/customer\\?id=([0-9a-f-]{36})").matcher(admin.get("admin/customers").body());
        assertThat(planLink.find()).isTrue();
        assertThat(customerLink.find()).isTrue();
        for (String page : List.of("admin/index", "admin/invoice?id=" + attemptId, "admin/plans", "admin/plan?id=" + planLink.group(1),
                "admin/plan", "admin/customers", "admin/customer?id=" + customerLink.group(1), "admin/actions", invoice)) {
            assertLogsOutFrom(admin, page);
            admin = PortalHttp.admin(base.toURI());
        }
    }


    private static void assertLogsOutFrom(PortalHttp visitor, String page) throws Exception {
        String body = visitor.get(page).body();
        Matcher form = PortalHttp.LOGOUT_FORM.matcher(body);
        assertThat(form.find()).as("a logout form on " + page).isTrue();
        // The form's action is a path from the server's root; the client resolves it as a browser would.
        HttpResponse<String> out = visitor.post(form.group(1), Map.of("token", form.group(2)));
        assertThat(out.statusCode()).as("logging out from " + page + ": " + out.body()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow()).as(page).contains("/login?loggedOut=true");
        assertThat(visitor.get("invoices").statusCode()).as("signed out after " + page).isEqualTo(302);
    }

    /**
     * The logout form is a plain form with a token of the session's own: another site's form, a
     * link or a post with an old session's token logs nobody out.
     */
    @Test
    void aLogoutWithoutTheSessionsTokenLogsNobodyOut() throws Exception {
        PortalHttp alice = PortalHttp.signedIn(base.toURI(), "alice@example.com", "alice-demo-password");
        Matcher form = PortalHttp.LOGOUT_FORM.matcher(alice.get("plans").body());
        assertThat(form.find()).isTrue();
        String action = form.group(1);
        String token = form.group(2);
        PortalHttp bob = PortalHttp.signedIn(base.toURI(), "bob@example.com", "bob-demo-password");
        Matcher bobsForm = PortalHttp.LOGOUT_FORM.matcher(bob.get("plans").body());
        assertThat(bobsForm.find()).isTrue();
        assertThat(bobsForm.group(2)).as("a token per session").isNotEqualTo(token);

        assertThat(alice.post(action, Map.of()).statusCode()).as("no token").isEqualTo(403);
        assertThat(alice.post(action, Map.of("token", bobsForm.group(2))).statusCode()).as("another session's token")
                .isEqualTo(403);
        assertThat(alice.post(action, Map.of("token", token + "x")).statusCode()).as("a forged token").isEqualTo(403);
        assertThat(alice.get(action).statusCode()).as("a link").isEqualTo(405);
        assertThat(alice.get("invoices").statusCode()).as("still signed in").isEqualTo(200);

        assertThat(alice.post(action, Map.of("token", token)).statusCode()).isEqualTo(302);
        assertThat(alice.get("invoices").statusCode()).as("signed out").isEqualTo(302);
        // Signed out already, as after a timeout: the button just leads to the login page.
        HttpResponse<String> again = alice.post(action, Map.of("token", token));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).contains("/login?loggedOut=true");
        assertThat(bob.get("invoices").statusCode()).as("bob untouched").isEqualTo(200);
    }

    @Test
    void unknownPagesGetThePortalsNotFoundPage() throws Exception {
        HttpResponse<String> response = visitor().get("no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }

    @Test
    void xhtmlUrlsRedirectToCleanOnes() throws Exception {
        HttpResponse<String> response = visitor().get("plans.xhtml");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/plans");
    }

    @Test
    void signUpValidatesCreatesTheCustomerAndAnswersATakenEmailExactlyAsANewOne() throws Exception {
        PortalHttp visitor = visitor();
        String page = visitor.get("signup").body();
        HttpResponse<String> tooShort = visitor.post("signup", Map.of("signup", "signup",
                "signup:email", "carol@example.com", "signup:password", "short", "signup:confirmation", "short",
                "signup:submit", "Create account", "jakarta.faces.ViewState", PortalHttp.viewState(page)));
        assertThat(tooShort.body()).contains("12 to 128 characters");

        String email = "carol-" + System.nanoTime() + "@example.com";
        HttpResponse<String> created = visitor.post("signup", Map.of("signup", "signup",
                "signup:email", email, "signup:password", "carols-long-password", "signup:confirmation", "carols-long-password",
                "signup:submit", "Create account", "jakarta.faces.ViewState", PortalHttp.viewState(tooShort.body())));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        String loginPage = visitor.get("login").body();
        assertThat(loginPage).contains("Log in with this email and the password you chose")
                .contains("value=\"" + email + "\"");
        assertThat(visitor.get("invoices").statusCode()).as("a sign-up logs nobody in").isEqualTo(302);

        // Someone else types the same email with their own password: the same answer, nothing changed.
        PortalHttp other = visitor();
        HttpResponse<String> taken = other.signUp(email, "someone-elses-password");
        assertThat(taken.statusCode()).isEqualTo(created.statusCode());
        assertThat(taken.headers().firstValue("Location")).isEqualTo(created.headers().firstValue("Location"));
        String takenLoginPage = other.get("login").body();
        assertThat(messages(takenLoginPage)).contains("Log in with this email").isEqualTo(messages(loginPage))
                .doesNotContain("exists");
        assertThat(other.login(email, "someone-elses-password").body()).contains("Wrong email or password.");

        assertThat(visitor.login(email, "carols-long-password").statusCode()).isEqualTo(302);
        assertThat(visitor.get("invoices").statusCode()).isEqualTo(200);

        HttpResponse<String> again = visitor().post("signup", Map.of());
        assertThat(again.body()).doesNotContain("Exception");
    }
}
