package net.zeroxhost.portal.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser-less visitor of the portal: a cookie jar, no automatic redirects (tests look at
 * them), and the few form posts the tests need, sent the way a browser sends them.
 */
public final class PortalHttp {

    private static final Pattern PLAN_LINK = Pattern.compile("checkout\\?plan=([0-9a-f-]{36})");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("name=\"checkout:key\" value=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private final Map<String, String> headers;

    public PortalHttp(URI base) {
        this(base, Map.of());
    }

    /** Sends these headers with every request, say the X-Forwarded-For of a reverse proxy. */
    public PortalHttp(URI base, Map<String, String> headers) {
        this(base, headers, null);
    }

    private PortalHttp(URI base, Map<String, String> headers, SSLContext tls) {
        this.base = base;
        this.headers = Map.copyOf(headers);
        // HTTP/1.1 as browsers speak it to a plain-HTTP server: the JDK's default h2c upgrade on a
        // POST made Payara Micro drop connections under fifty concurrent confirms (EOF).
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER);
        this.http = (tls == null ? builder : builder.sslContext(tls)).build();
    }

    /**
     * Over TLS to a test server, whose certificate is the self-signed one it ships with: trusted
     * as it is, and the pom turns the JDK client's host name check off for the tests.
     */
    public static PortalHttp overTls(URI base) throws GeneralSecurityException {
        return new PortalHttp(base, Map.of(), trustingTheTestServers());
    }

    /** TLS that trusts any certificate: the test servers' own, self-signed ones. */
    static SSLContext trustingTheTestServers() throws GeneralSecurityException {
        TrustManager trustAny = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {trustAny}, new SecureRandom());
        return tls;
    }

    /** The cookies this client holds as the server set them (their flags included). */
    public List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET of {@code path} in this session, its body as the handler takes it (a stream, say). */
    public <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), body);
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        headers.forEach(request::header);
        return request;
    }

    /** The header's logout form on a signed-in page: its action, then the session's token. */
    public static final Pattern LOGOUT_FORM = Pattern.compile(
            "<form id=\"logout\"[^>]*action=\"([^\"]+)\"[^>]*>\\s*<input type=\"hidden\" name=\"token\" value=\"([^\"]+)\"");

    /** Presses the header's logout button, as from "my invoices". */
    public HttpResponse<String> logOut() throws IOException, InterruptedException {
        Matcher form = LOGOUT_FORM.matcher(get("invoices").body());
        if (!form.find()) {
            throw new IllegalStateException("no logout form: not signed in?");
        }
        return post(form.group(1), Map.of("token", form.group(2)));
    }

    /** The demo admin's login (demo data is on in every test run). */
    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String ADMIN_PASSWORD = "admin-demo-password";

    /** A new visitor of the portal at {@code base}, logged in as that account. */
    public static PortalHttp signedIn(URI base, String email, String password) throws IOException, InterruptedException {
        PortalHttp visitor = new PortalHttp(base);
        visitor.login(email, password);
        return visitor;
    }

    /** A new visitor logged in as the demo admin. */
    public static PortalHttp admin(URI base) throws IOException, InterruptedException {
        return signedIn(base, ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** Logs in through the login form; returns the answer to the form's POST. */
    public HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
        return post("login", loginForm(get("login").body(), email, password));
    }

    /** The login form of a login page, filled in as the browser would post it. */
    public static Map<String, String> loginForm(String loginPage, String email, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", email);
        form.put("login:password", password);
        form.put("login:submit", "Log in");
        form.put("jakarta.faces.ViewState", viewState(loginPage));
        return form;
    }

    /**
     * Signs a new customer up and logs it in, in this session; returns the login's answer (a
     * redirect to the catalog when it worked).
     */
    public HttpResponse<String> signUpAndLogIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> signedUp = signUp(email, password);
        if (signedUp.statusCode() != 302) {
            throw new IllegalStateException("the sign-up of " + email + " answered " + signedUp.statusCode());
        }
        return login(email, password);
    }

    /** Posts the sign-up form; returns its answer (a redirect to the login page, whether the email was new or not). */
    public HttpResponse<String> signUp(String email, String password) throws IOException, InterruptedException {
        String page = get("signup").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signup", "signup");
        form.put("signup:email", email);
        form.put("signup:password", password);
        form.put("signup:confirmation", password);
        form.put("signup:submit", "Create account");
        form.put("jakarta.faces.ViewState", viewState(page));
        return post("signup", form);
    }

    /** The checkout page's path of the first plan of the catalog. */
    public String firstPlanCheckoutPath() throws IOException, InterruptedException {
        Matcher link = PLAN_LINK.matcher(get("plans").body());
        if (!link.find()) {
            throw new IllegalStateException("no plan on the catalog page");
        }
        return "checkout?plan=" + link.group(1);
    }

    /** The checkout page's path of the catalog's plan of that name. */
    public String checkoutPathOf(String planName) throws IOException, InterruptedException {
        Matcher link = Pattern.compile("<h2>" + Pattern.quote(planName) + "</h2>.*?checkout\\?plan=([0-9a-f-]{36})",
                Pattern.DOTALL).matcher(get("plans").body());
        if (!link.find()) {
            throw new IllegalStateException("no plan " + planName + " on the catalog page");
        }
        return "checkout?plan=" + link.group(1);
    }

    /** The confirm form of a checkout page, as the browser would post it. */
    public static Map<String, String> confirmForm(String checkoutPage) {
        Matcher key = IDEMPOTENCY_KEY.matcher(checkoutPage);
        if (!key.find()) {
            throw new IllegalStateException("no idempotency key on the checkout page (account not activated?)");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("checkout", "checkout");
        form.put("checkout:key", key.group(1));
        form.put("checkout:submit", "Create invoice");
        form.put("jakarta.faces.ViewState", viewState(checkoutPage));
        return form;
    }

    /** Buys the first plan of the catalog; returns the payment page's path. */
    public String createInvoiceForFirstPlan() throws IOException, InterruptedException {
        String checkoutPath = firstPlanCheckoutPath();
        HttpResponse<String> created = post(checkoutPath, confirmForm(get(checkoutPath).body()));
        String location = created.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("no redirect after creating an invoice: " + created.statusCode()));
        return location.substring(location.indexOf("invoice?id="));
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no ViewState in the page");
        }
        return m.group(1);
    }
}
