package net.zeroxhost.portal.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.net.URI;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.account.AccountService;
import net.zeroxhost.portal.account.Role;
import net.zeroxhost.portal.invoice.InvoiceAttempt;
import net.zeroxhost.portal.invoice.InvoiceQueries;
import net.zeroxhost.portal.invoice.InvoiceService;
import net.zeroxhost.portal.invoice.InvoiceState;
import net.zeroxhost.portal.plan.Plan;
import net.zeroxhost.portal.testsupport.ConnectionFaults;
import net.zeroxhost.portal.testsupport.Deployments;
import net.zeroxhost.portal.testsupport.FaultMatrixConfig;
import net.zeroxhost.portal.testsupport.FaultRows;
import net.zeroxhost.portal.testsupport.FaultRows.Group;
import net.zeroxhost.portal.testsupport.FaultRows.Row;
import net.zeroxhost.portal.testsupport.InternalDetail;
import net.zeroxhost.portal.testsupport.PortalHttp;
import net.zeroxhost.portal.testsupport.TestPlans;
import net.zeroxhost.portal.testsupport.UnansweredPort;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The fault matrix of docs/faults.md, over real HTTP, in the container: for every row of
 * {@link FaultRows}, the real {@link InvoiceService} calls 0xhost through the server's own Jakarta
 * REST client (Jersey on Payara, RESTEasy on WildFly) and the WireMock stand-in answers with the
 * row's fault; then the test checks the attempt as stored (its final state, the reason an admin
 * sees, 0xhost's message), and fetches, over HTTP and signed in as the attempt's customer, the
 * payment page and My invoices: the message the customer gets must be true for the state, and no
 * page may show internal detail (exception names, stack frames, HTTP status text, the raw answer,
 * the admin's reason).
 *
 * <p>One in-container test per group of rows, each row's checks collected with {@code assertAll}
 * so that a failure names every row that broke. Not a {@code @ParameterizedTest}: Arquillian's
 * JUnit 5 extension (1.10.2) runs every invocation of a test template inside the container during
 * the first one and reports the other invocations as passed without running them
 * ({@code ArquillianExtension.interceptTestTemplateMethod}, {@code ContextStore.isRegisteredTemplate}),
 * so per-row results would be reported against the wrong rows. Not {@code @RunAsClient} page
 * checks either: the client side cannot see the stored attempt; in the container the test has
 * both, and reaches the pages through the port the test's own request came in on.
 *
 * <p>The deployment adds, for this class only, the settings of {@link FaultMatrixConfig} (short timeouts, and
 * MicroProfile Fault Tolerance off, so that a circuit breaker opened by the matrix's own failures
 * cannot answer in 0xhost's stead) and {@link ConnectionFaults} (the refused and never-accepted
 * connections, which WireMock cannot produce per server id). The rows of a group run at once on
 * the server's managed executor, and one customer (one PBKDF2 sign-up and login) owns every
 * attempt, so the matrix takes little more than its slowest rows: the trickle (the 4 s deadline),
 * the read timeout (3 s), the expiry seconds away (3 s) and the connect timeout (1 s).
 */
@ExtendWith(ArquillianExtension.class)
class FaultMatrixIT {

    private static final Logger LOG = Logger.getLogger(FaultMatrixIT.class.getName());

    private static final String PASSWORD = "fault-matrix-password";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSettings(Deployments.portal()
                .addClasses(FaultMatrixIT.class, TestPlans.class, PortalHttp.class, FaultRows.class, InternalDetail.class,
                        ConnectionFaults.class, UnansweredPort.class)
                .addAsServiceProvider(Extension.class, ConnectionFaults.class), FaultMatrixConfig.SETTINGS);
    }

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceQueries queries;

    @Inject
    AccountService accounts;

    @Inject
    TestPlans plans;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** The Arquillian request this test runs in: its port is the portal's. */
    @Inject
    HttpServletRequest request;

    @Test
    void refusedResetBrokenSlowAndTricklingConnections() throws Exception {
        assertGroup(Group.CONNECTION);
    }

    @Test
    void redirectsAreFailedAndNeverFollowed() throws Exception {
        assertGroup(Group.REDIRECT);
    }

    @Test
    void eachErrorStatusWithAJsonAnHtmlAndAnEmptyBody() throws Exception {
        assertGroup(Group.STATUS);
    }

    @Test
    void successFalseAndAnswersThatAreNoInvoice() throws Exception {
        assertGroup(Group.ENVELOPE);
    }

    @Test
    void eachRequiredFieldMissing() throws Exception {
        assertGroup(Group.MISSING_FIELD);
    }

    @Test
    void wrongTypesAbsurdNumbersControlCharactersAndBytesThatAreNotUtf8() throws Exception {
        assertGroup(Group.BAD_VALUE);
    }

    @Test
    void tenMegabyteAnswersAndExpiriesInThePastSecondsAwayAndYearsAhead() throws Exception {
        assertGroup(Group.SIZE_AND_EXPIRY);
    }

    /** One attempt as the portal recorded it and the payment page its customer got right after. */
    private record Seen(Row row, InvoiceAttempt attempt, HttpResponse<String> page, long millis) {
    }

    /**
     * The matrix's one customer, signed up and logged in once: each costs a PBKDF2 hashing of
     * 600,000 iterations, which per group would be most of the matrix's time. Static, since
     * Arquillian makes a test instance per test method; the deployment lives for the whole class.
     */
    private static Account customer;
    private static PortalHttp visitor;

    private PortalHttp signedIn() throws Exception {
        synchronized (FaultMatrixIT.class) {
            if (visitor == null) {
                String email = "fault-matrix-" + UUID.randomUUID() + "@example.com";
                customer = accounts.ensure(email, PASSWORD, Role.CUSTOMER, UUID.randomUUID().toString());
                PortalHttp http = new PortalHttp(ownBase());
                HttpResponse<String> login = http.login(email, PASSWORD);
                assertTrue(login.statusCode() / 100 == 3, "login answered " + login.statusCode());
                visitor = http;
            }
            return visitor;
        }
    }

    private void assertGroup(Group group) throws Exception {
        PortalHttp http = signedIn();
        String accountId = customer.getId();
        // The rows of a group at once, each in a thread of the server's own (so with the container
        // context the service needs): a group then takes about as long as its slowest row.
        List<Callable<Seen>> calls = new ArrayList<>();
        for (Row row : FaultRows.of(group)) {
            calls.add(() -> {
                Plan plan = plans.forServer(row.serverId());
                long start = System.nanoTime();
                String id = invoices.requestInvoice(accountId, plan.getId(), UUID.randomUUID().toString());
                long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
                InvoiceAttempt attempt = queries.findOwned(id, accountId).orElseThrow();
                Seen seen = new Seen(row, attempt, http.get("invoice?id=" + id), millis);
                LOG.info(() -> "fault row " + describe(seen));
                return seen;
            });
        }
        List<Seen> seen = new ArrayList<>();
        for (Future<Seen> done : executor.invokeAll(calls)) {
            seen.add(done.get());
        }
        String myInvoices = http.get("invoices").body();

        boolean jersey = jerseyIsTheClient();
        List<Executable> checks = new ArrayList<>();
        for (Seen one : seen) {
            checks.add(() -> assertStored(one, jersey));
            checks.add(() -> assertPaymentPage(one));
            if (one.row().expiresSoon()) {
                checks.add(() -> assertExpiresAtItsExpiry(http, one));
            }
        }
        checks.add(() -> assertMyInvoices(myInvoices, seen));
        assertAll(group + " rows", checks);
    }

    private static String describe(Seen one) {
        InvoiceAttempt attempt = one.attempt();
        return one.row().name() + " [" + attempt.getStoredState() + ", reason: " + attempt.getAnswer().getFailureReason()
                + ", 0xhost's message: " + attempt.getAnswer().getOxhostMessage() + ", " + one.millis() + " ms]";
    }

    private static void assertStored(Seen one, boolean jersey) {
        Row row = one.row();
        InvoiceAttempt attempt = one.attempt();
        String what = describe(one);
        assertEquals(row.state(), attempt.getStoredState(), what + ": stored state");
        assertNotNull(attempt.getCompletedAt(), what + ": the outcome was recorded");
        String reason = attempt.getAnswer().getFailureReason();
        if (row.state() == InvoiceState.OPEN) {
            assertNull(reason, what + ": an open invoice has no failure reason");
            assertNotNull(attempt.getTerms(), what + ": an open invoice has its terms");
        } else {
            assertNotNull(reason, what + ": the admin is told why");
            assertTrue(row.reasonMatches(reason), what + ": the reason names \"" + row.reason() + "\"");
            assertNull(attempt.getTerms(), what + ": no terms without an invoice");
        }
        assertEquals(row.expectedMessage(jersey), attempt.getAnswer().getOxhostMessage(), what + ": 0xhost's message as kept");
        String apiKey = ConfigProvider.getConfig().getValue("oxhost.api-key", String.class);
        assertFalse(String.valueOf(reason).contains(apiKey), what + ": the key in the reason");
        String body = attempt.getAnswer().getResponseBody();
        if (body != null) {
            assertFalse(body.contains("\u0000"), what + ": a NUL in the kept body");
        }
    }

    private static void assertPaymentPage(Seen one) {
        Row row = one.row();
        InvoiceAttempt attempt = one.attempt();
        String what = describe(one) + " payment page";
        assertEquals(200, one.page().statusCode(), what);
        String html = one.page().body();
        String text = InternalDetail.decoded(html);
        assertTrue(html.contains("id=\"state\" class=\"state state-" + row.state() + "\""), what + ": shows the state");
        switch (row.state()) {
            case FAILED -> {
                assertTrue(text.contains(text("invoice.failed")), what + ": says it was not created");
                String message = attempt.getAnswer().getOxhostMessage();
                if (message == null) {
                    assertFalse(html.contains("id=\"oxhost-message\""), what + ": no message of 0xhost's");
                } else {
                    assertTrue(text.contains(text("invoice.failed.oxhost", message)), what + ": 0xhost's message");
                    assertFalse(message.contains("<") && html.contains(message), what + ": 0xhost's message unescaped");
                }
            }
            case UNKNOWN -> {
                assertTrue(text.contains(text("invoice.unknown", attempt.getId())), what + ": says it may exist");
                assertFalse(html.contains("id=\"oxhost-message\""), what + ": 0xhost's message on an unknown outcome");
                assertFalse(html.contains("id=\"address\""), what + ": an address to pay");
            }
            case OPEN -> assertTrue(html.contains(">" + attempt.getTerms().getAddress() + "<"), what + ": the address");
            default -> throw new AssertionError(what + ": unexpected state " + row.state());
        }
        assertNoInternalDetail(what, html, List.of(attempt));
    }

    /** An invoice that arrives seconds before its expiry opens, and shows itself expired from then on. */
    private static void assertExpiresAtItsExpiry(PortalHttp visitor, Seen one) throws Exception {
        InvoiceAttempt attempt = one.attempt();
        String what = describe(one) + " at its expiry";
        Instant expiry = attempt.getTerms().getExpiredAt();
        assertTrue(expiry.isAfter(attempt.getRequestedAt()), what + ": expires after it was requested");
        // The server's clock decides; wait for the page to say so, a few seconds at most after the expiry.
        Instant giveUp = expiry.plusSeconds(5);
        String html;
        do {
            html = visitor.get("invoice?id=" + attempt.getId()).body();
            if (html.contains("state-EXPIRED") || Instant.now().isAfter(giveUp)) {
                break;
            }
            Thread.sleep(200);
        } while (true);
        assertTrue(html.contains("id=\"state\" class=\"state state-EXPIRED\""), what + ": shows itself expired");
        assertTrue(html.contains("id=\"expired-notice\""), what + ": warns not to pay");
        assertFalse(html.contains("id=\"address\""), what + ": still offers the address");
        assertNoInternalDetail(what, html, List.of(attempt));
    }

    private static void assertMyInvoices(String html, List<Seen> seen) {
        for (Seen one : seen) {
            String what = describe(one) + " in My invoices";
            String row = tableRowOf(html, one.attempt().getId());
            assertNotNull(row, what + ": listed");
            String shown = one.row().expiresSoon() ? "state-(OPEN|EXPIRED)\"" : "state-" + one.row().state() + "\"";
            assertTrue(Pattern.compile(shown).matcher(row).find(), what + ": shows the state");
            assertEquals(one.row().state() != InvoiceState.OPEN, row.contains("class=\"none\""),
                    what + ": an amount only where an invoice was opened");
        }
        assertNoInternalDetail("My invoices", html, seen.stream().map(Seen::attempt).toList());
    }

    /** The table row of My invoices that links to this attempt, or null. */
    private static String tableRowOf(String html, String attemptId) {
        for (String row : html.split("<tr")) {
            if (row.contains("id=" + attemptId)) {
                return row;
            }
        }
        return null;
    }

    private static void assertNoInternalDetail(String what, String html, List<InvoiceAttempt> attempts) {
        List<String> secrets = new ArrayList<>();
        secrets.add(ConfigProvider.getConfig().getValue("oxhost.api-key", String.class));
        attempts.forEach(attempt -> secrets.add(attempt.getAnswer().getFailureReason()));
        List<String> leaks = InternalDetail.in(html, attempts.stream().map(attempt -> attempt.getPlan().getName()).toList(),
                secrets, attempts.stream().map(attempt -> attempt.getAnswer().getResponseBody()).toList());
        assertTrue(leaks.isEmpty(), what + " shows internal detail: " + leaks);
    }

    /** A text of the pages, as the payment page formats it. */
    private static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH,
                Thread.currentThread().getContextClassLoader()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    /** The portal as the test's own request reached it (loopback, the server's HTTP port). */
    private URI ownBase() {
        String host = request.getLocalAddr();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + request.getLocalPort() + request.getContextPath() + "/");
    }

    /** Whether the server's Jakarta REST client is Jersey (Payara), which loses the body of a 401. */
    private static boolean jerseyIsTheClient() {
        Client client = ClientBuilder.newClient();
        try {
            return client.getClass().getName().startsWith("org.glassfish.jersey.");
        } finally {
            client.close();
        }
    }
}
