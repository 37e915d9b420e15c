package net.zeroxhost.portal.crash;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.zeroxhost.portal.demo.DemoData;
import net.zeroxhost.portal.demo.DemoPlans;
import net.zeroxhost.portal.invoice.InvoiceLedger;
import net.zeroxhost.portal.testsupport.UnansweredPort;
import net.zeroxhost.portal.testsupport.OxhostStub;
import net.zeroxhost.portal.testsupport.Poll;
import net.zeroxhost.portal.testsupport.PortalHttp;
import net.zeroxhost.portal.testsupport.TestTags;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the portal at the two moments of a checkout where a crash can lose something,
 * then a restart on the same H2 file (issue 12, item 3):
 * <ol>
 *   <li>while 0xhost holds the request (received, not yet answered: WireMock with a long delay);</li>
 *   <li>after the attempt is recorded but before one byte is sent (the connection to 0xhost hangs,
 *       see {@link UnansweredPort}).</li>
 * </ol>
 * Each time, ten customers confirm at once while ten OPEN invoices already exist. After each kill
 * the file is read as the dead server left it: every attempt seen before the kill must be there.
 * After the last restart the start-up sweep must turn the attempts older than the exchange's
 * deadline (plus InvoiceService's margin) to UNKNOWN, the minute's sweep the younger ones, the
 * OPEN invoices must be untouched, and no request may be sent to 0xhost again.
 *
 * <p>It runs the packaged WAR in the server that {@code -Dit.crash.server} names ({@link PortalServer}:
 * Payara Micro, the Payara Server domain, WildFly), started as its operator's configuration says;
 * each server's profile runs it in an execution of its own. It prints a summary of the counts
 * ({@code CRASH ...} lines).
 */
@Tag(TestTags.CRASH)
class CrashConsistencyIT {

    private static final int CUSTOMERS = 10;
    /** Bought before any crash: these invoices must come through both kills unchanged. */
    private static final String PAID_FIRST = "Starter";
    /** Killed while 0xhost holds the request. */
    private static final String IN_FLIGHT = "Standard";
    /** Killed while the connection to 0xhost is being made. */
    private static final String NOT_SENT = "Performance";
    private static final Map<String, String> SERVER_OF = Map.of(PAID_FIRST, DemoPlans.STARTER_SERVER_ID,
            IN_FLIGHT, DemoPlans.STANDARD_SERVER_ID, NOT_SENT, DemoPlans.PERFORMANCE_SERVER_ID);

    /** InvoiceService's margin past the exchange's deadline before an attempt counts as stale (docs/contract.md). */
    private static final Duration STALE_MARGIN = Duration.ofSeconds(30);

    private static final String ADMIN_EMAIL = "admin@example.com";
    private static final String ADMIN_PASSWORD = "admin-demo-password";

    private static final Pattern INVOICE_LOCATION = Pattern.compile("invoice\\?id=([0-9a-f-]{36})");

    /** One row of the admin list, as an admin sees it. */
    record AdminRow(String id, String email, String plan, String state, String reason) {
    }

    /** A customer and its session with the server now running. */
    private static final class Customer {
        final String email;
        final String password;
        PortalHttp http;

        Customer(String email, String password) {
            this.email = email;
            this.password = password;
        }

        @Override
        public String toString() {
            return email;
        }
    }

    private final int port = Integer.getInteger("it.crash.http-port", 18480);
    private final Path runDir = Path.of(System.getProperty("it.crash.dir", "target/crash"))
            .resolve(UUID.randomUUID().toString().substring(0, 8));
    private final Path database = runDir.toAbsolutePath().resolve("db").resolve("portal");
    private final String oxhostUser = UUID.randomUUID().toString();
    private String databaseUrl;
    private final List<Duration> bootTimes = new ArrayList<>();

    private WireMockServer oxhost;
    private UnansweredPort unanswered;
    private final PortalServer kind = PortalServer.fromSystemProperties(runDir, port);
    private PortalProcess server;
    private ExecutorService confirms;
    private DiskAttempts disk;

    @AfterEach
    void cleanUp() throws Exception {
        if (server != null && server.isAlive()) {
            server.kill();
        }
        if (confirms != null) {
            confirms.shutdownNow();
        }
        if (oxhost != null) {
            oxhost.stop();
        }
        if (unanswered != null) {
            unanswered.close();
        }
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void everyAttemptSurvivesAKillAndEndsInAFinalStateAfterTheRestart() throws Exception {
        Files.createDirectories(database.getParent());
        // The server's default URL with its options (what makes a commit durable is among them),
        // on an H2 file of this run's own.
        databaseUrl = "jdbc:h2:file:" + database + kind.defaultH2Options();
        report(kind.name() + ", database " + databaseUrl);
        disk = new DiskAttempts(kind.h2Jar(), database, kind.databaseUser(), kind.databasePassword());
        startOxhost();
        unanswered = new UnansweredPort();

        // Start 1: 0xhost answers the first plan at once and holds the second's requests for ten minutes.
        start("1-in-flight", settings(oxhost.baseUrl() + "/API", 5_000, 600_000, 610_000));
        assertThat(server.logLines(DemoData.REAL_KEY_WARNING)).as("demo accounts with a real key are announced loudly")
                .isEqualTo(1);
        PortalHttp admin = admin();
        List<Customer> customers = signUp(CUSTOMERS);
        Map<String, String> paidFirst = new HashMap<>();
        for (Customer customer : customers) {
            paidFirst.put(buy(customer.http, PAID_FIRST), customer.email);
        }
        assertThat(rows(admin)).filteredOn(r -> r.plan().equals(PAID_FIRST)).hasSize(CUSTOMERS)
                .allMatch(r -> r.state().equals("OPEN"));

        confirmAtOnce(customers, IN_FLIGHT);
        Poll.until("0xhost holds " + CUSTOMERS + " " + IN_FLIGHT + " requests", Duration.ofSeconds(90),
                () -> oxhostRequests(IN_FLIGHT), n -> n == CUSTOMERS);
        List<AdminRow> beforeKill1 = Poll.until(CUSTOMERS + " " + IN_FLIGHT + " attempts REQUESTED", Duration.ofSeconds(30),
                () -> rows(admin), rs -> count(rs, IN_FLIGHT, "REQUESTED") == CUSTOMERS);
        server.kill();
        confirms.shutdownNow();
        List<DiskAttempts.Row> afterKill1 = disk.read();
        assertSameAttempts("kill 1 (in flight)", beforeKill1, afterKill1);
        Map<String, DiskAttempts.Terms> openTerms = afterKill1.stream().filter(r -> r.plan().equals(PAID_FIRST))
                .collect(Collectors.toMap(DiskAttempts.Row::id, DiskAttempts.Row::terms));
        assertThat(openTerms.keySet()).isEqualTo(paidFirst.keySet());
        assertThat(openTerms.values()).allMatch(t -> t != null && t.address().equals(OxhostStub.ADDRESS));

        // Start 2: every connection to 0xhost hangs; a long deadline keeps the sweep off the attempts of start 1.
        start("2-not-sent", settings("http://127.0.0.1:" + unanswered.port() + "/API", 120_000, 5_000, 125_000));
        PortalHttp admin2 = admin();
        logIn(customers);
        assertThat(rows(admin2)).as("within the deadline an attempt may still be under way: left REQUESTED")
                .filteredOn(r -> r.plan().equals(IN_FLIGHT)).hasSize(CUSTOMERS).allMatch(r -> r.state().equals("REQUESTED"));
        // The two groups must lie further apart than the last start takes to boot (see staleThreshold).
        Instant inFlightNewest = max(afterKill1, IN_FLIGHT);
        Duration apart = bootAllowance().plusSeconds(7);
        Poll.until(NOT_SENT + " confirmed at least " + apart.toSeconds() + " s after " + IN_FLIGHT, apart.plusSeconds(10),
                Instant::now, now -> now.isAfter(inFlightNewest.plus(apart)));
        confirmAtOnce(customers, NOT_SENT);
        List<AdminRow> beforeKill2 = Poll.until(CUSTOMERS + " " + NOT_SENT + " attempts REQUESTED", Duration.ofSeconds(90),
                () -> rows(admin2), rs -> count(rs, NOT_SENT, "REQUESTED") == CUSTOMERS);
        server.kill();
        confirms.shutdownNow();
        List<DiskAttempts.Row> afterKill2 = disk.read();
        assertSameAttempts("kill 2 (recorded, not sent)", beforeKill2, afterKill2);
        assertThat(oxhostRequests(NOT_SENT)).as("nothing of the second moment reached any 0xhost").isZero();

        // Start 3 on the same file, 0xhost healthy again, with a short deadline: the attempts of kill 1
        // are past it at start-up, those of kill 2 only once this server runs (see staleThreshold).
        Instant notSentOldest = min(afterKill2, NOT_SENT);
        Duration threshold = staleThreshold(notSentOldest);
        Instant inFlightStaleAt = max(afterKill2, IN_FLIGHT).plus(threshold);
        Poll.until("the " + IN_FLIGHT + " attempts older than " + threshold.toSeconds() + " s", threshold.plusSeconds(10),
                Instant::now, now -> now.isAfter(inFlightStaleAt.plusSeconds(2)));
        start("3-restarted", settings(oxhost.baseUrl() + "/API", 1_000, 2_000, threshold.minus(STALE_MARGIN).toMillis()));
        PortalHttp admin3 = admin();
        // Taken before the look: a row still REQUESTED on that page is moved by a later sweep than this.
        Instant seenAtReadiness = Instant.now();
        List<AdminRow> atReadiness = rows(admin3);
        assertThat(atReadiness).as("the start-up sweep took the attempts past the deadline")
                .filteredOn(r -> r.plan().equals(IN_FLIGHT)).hasSize(CUSTOMERS).allMatch(r -> r.state().equals("UNKNOWN"));
        assertThat(atReadiness).as("attempts within the deadline are left to the minute's sweep (this boot took "
                        + server.bootTime().toSeconds() + " s; the threshold of " + threshold.toSeconds()
                        + " s allowed twice the slowest earlier boot plus 10 s)")
                .filteredOn(r -> r.plan().equals(NOT_SENT)).hasSize(CUSTOMERS).allMatch(r -> r.state().equals("REQUESTED"));
        List<AdminRow> swept = Poll.until("the minute's sweep to take the " + NOT_SENT + " attempts",
                threshold.plusSeconds(90), () -> rows(admin3), rs -> count(rs, NOT_SENT, "UNKNOWN") == CUSTOMERS);
        assertThat(swept).noneMatch(r -> r.state().equals("REQUESTED"));
        assertThat(swept).filteredOn(r -> r.state().equals("UNKNOWN"))
                .allMatch(r -> r.reason().equals(InvoiceLedger.STALE_REASON), "the admin reads why");
        assertThat(swept).filteredOn(r -> r.plan().equals(PAID_FIRST)).allMatch(r -> r.state().equals("OPEN"));

        logIn(customers);
        customersSeeTheTruth(customers, afterKill2);
        String again = buy(customers.get(0).http, NOT_SENT);
        assertThat(rows(admin3)).filteredOn(r -> r.id().equals(again)).singleElement()
                .extracting(AdminRow::state).as("after UNKNOWN a customer can buy again").isEqualTo("OPEN");
        assertThat(oxhostRequests(PAID_FIRST)).isEqualTo(CUSTOMERS);
        assertThat(oxhostRequests(IN_FLIGHT)).as("never sent again after the restart").isEqualTo(CUSTOMERS);
        assertThat(oxhostRequests(NOT_SENT)).as("only the new purchase").isEqualTo(1);
        long sweepLines = server.logLines("had no recorded outcome past the deadline: now UNKNOWN");
        server.stop();

        List<DiskAttempts.Row> last = disk.read();
        assertThat(ids(last)).containsAll(ids(afterKill2)).hasSize(afterKill2.size() + 1);
        for (DiskAttempts.Row row : last) {
            if (row.id().equals(again)) {
                continue;
            }
            if (row.plan().equals(PAID_FIRST)) {
                assertThat(row.state()).isEqualTo("OPEN");
                assertThat(row.terms()).as("the terms of an OPEN invoice").isEqualTo(openTerms.get(row.id()));
                continue;
            }
            assertThat(row.state()).as(row.plan() + " " + row.id()).isEqualTo("UNKNOWN");
            assertThat(row.failureReason()).isEqualTo(InvoiceLedger.STALE_REASON);
            assertThat(row.completedAt()).as("never swept before the deadline and the margin had passed")
                    .isAfterOrEqualTo(row.requestedAt().plus(threshold).minusMillis(1));
            if (row.plan().equals(IN_FLIGHT)) {
                assertThat(row.completedAt()).as("by the start-up sweep").isBefore(server.readyAt());
            } else {
                assertThat(row.completedAt()).as("by the minute's sweep").isAfter(seenAtReadiness);
            }
        }

        report("restart with an exchange deadline of " + threshold.minus(STALE_MARGIN).toMillis()
                + " ms (stale after " + threshold.toSeconds() + " s): at readiness " + byPlanAndState(atReadiness)
                + "; after the minute's sweep " + byPlanAndState(swept) + "; on disk at the end " + last.size() + " "
                + byPlanAndState(last.stream().map(CrashConsistencyIT::asAdminRow).toList()));
        report("0xhost requests: " + PAID_FIRST + " " + oxhostRequests(PAID_FIRST) + ", " + IN_FLIGHT + " "
                + oxhostRequests(IN_FLIGHT) + ", " + NOT_SENT + " " + oxhostRequests(NOT_SENT) + " (one new purchase after"
                + " the restart); sweep log lines " + sweepLines + "; boots " + bootTimes());
    }

    /**
     * The threshold of the last start, deadline plus margin, sized so that each sweep is seen at
     * work: the attempts of kill 2, made moments before it, must still be younger than the
     * threshold once the restarted server has booted, and those of kill 1 already older when it
     * starts. So the threshold is the younger group's age now plus what a boot may take, and the
     * two groups were made further apart than that (in start 2).
     */
    private Duration staleThreshold(Instant notSentOldest) {
        Duration needed = Duration.between(notSentOldest, Instant.now()).plus(bootAllowance());
        Duration atLeast = STALE_MARGIN.plusSeconds(3);
        Duration threshold = needed.compareTo(atLeast) > 0 ? needed : atLeast;
        return Duration.ofSeconds(threshold.toSeconds() + 1);
    }

    /**
     * What the next boot may take: twice the slowest so far, plus 10 s. Boots vary that much on a
     * busy machine: a Payara Server restart took 24 s after boots fast enough that half as long
     * again plus 5 s was not enough, and the minute's sweep came before the look at readiness.
     */
    private Duration bootAllowance() {
        Duration slowest = bootTimes.stream().max(Comparator.naturalOrder()).orElseThrow();
        return slowest.multipliedBy(2).plusSeconds(10);
    }

    /** One line of the summary, printed at once, so that a failing run shows how far it came. */
    private static void report(String line) {
        System.out.println("CRASH " + line);
    }

    private String bootTimes() {
        return bootTimes.stream().map(d -> String.format("%.1f s", d.toMillis() / 1000.0)).collect(Collectors.joining(", "));
    }

    /** Every invoice page tells its customer the truth after the restart. */
    private void customersSeeTheTruth(List<Customer> customers, List<DiskAttempts.Row> rows) throws Exception {
        Map<String, List<DiskAttempts.Row>> byEmail = rows.stream().collect(Collectors.groupingBy(DiskAttempts.Row::email));
        List<Callable<Void>> checks = new ArrayList<>();
        for (Customer customer : customers) {
            checks.add(() -> {
                for (DiskAttempts.Row row : byEmail.get(customer.email)) {
                    HttpResponse<String> page = customer.http.get("invoice?id=" + row.id());
                    assertThat(page.statusCode()).isEqualTo(200);
                    if (row.plan().equals(PAID_FIRST)) {
                        assertThat(page.body()).as("the payment page of an OPEN invoice")
                                .contains("data-state=\"OPEN\"").contains(OxhostStub.ADDRESS);
                    } else {
                        assertThat(page.body()).as(row.plan() + " attempt " + row.id() + " of " + customer)
                                .contains("id=\"unknown\"").contains("Do not pay twice")
                                .doesNotContain(OxhostStub.ADDRESS);
                    }
                }
                return null;
            });
        }
        runAll(checks, 4);
    }

    private void startOxhost() {
        // Delays are scheduled rather than slept in a request thread: held requests tie up no thread.
        oxhost = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .asynchronousResponseEnabled(true).asynchronousResponseThreads(4));
        oxhost.start();
        oxhost.stubFor(OxhostStub.invoiceFor("[^\"]*").willReturn(OxhostStub.success()));
        oxhost.stubFor(OxhostStub.invoiceFor(Pattern.quote(DemoPlans.STANDARD_SERVER_ID)).atPriority(1)
                .willReturn(OxhostStub.success().withFixedDelay((int) Duration.ofMinutes(10).toMillis())));
    }

    private Map<String, String> settings(String baseUrl, long connectMs, long readMs, long deadlineMs) {
        return Map.of("OXHOST_API_KEY", OxhostStub.API_KEY,
                "OXHOST_BASE_URL", baseUrl,
                // With a key, new customers can buy only with a 0xhost user; all of them share this one.
                "OXHOST_DEFAULT_USER_ID", oxhostUser,
                "OXHOST_CONNECT_TIMEOUT_MS", Long.toString(connectMs),
                "OXHOST_READ_TIMEOUT_MS", Long.toString(readMs),
                "OXHOST_EXCHANGE_DEADLINE_MS", Long.toString(deadlineMs),
                "PORTAL_DEMO_DATA", "true",
                "PORTAL_DB_URL", databaseUrl);
    }

    private void start(String name, Map<String, String> settings) throws Exception {
        server = kind.start(name, settings);
        bootTimes.add(server.bootTime());
    }

    private PortalHttp admin() throws Exception {
        PortalHttp admin = new PortalHttp(server.base());
        assertThat(admin.login(ADMIN_EMAIL, ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        return admin;
    }

    private List<Customer> signUp(int n) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Customer> customers = new ArrayList<>();
        List<Callable<Void>> signUps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Customer customer = new Customer("crash-" + tag + "-" + i + "@example.com", "crash-password-" + tag + "-" + i);
            customers.add(customer);
            signUps.add(() -> {
                // The sign-up page logs the new customer in: that session buys.
                customer.http = new PortalHttp(server.base());
                assertThat(customer.http.signUpAndLogIn(customer.email, customer.password).statusCode()).isEqualTo(302);
                return null;
            });
        }
        runAll(signUps, 4);
        return customers;
    }

    /** The sessions died with the server: every customer logs in again. */
    private void logIn(List<Customer> customers) throws Exception {
        List<Callable<Void>> logins = new ArrayList<>();
        for (Customer customer : customers) {
            logins.add(() -> {
                customer.http = new PortalHttp(server.base());
                assertThat(customer.http.login(customer.email, customer.password).statusCode()).as(customer.email)
                        .isEqualTo(302);
                return null;
            });
        }
        runAll(logins, 4);
    }

    /** Buys the plan; returns the attempt's id. */
    private static String buy(PortalHttp http, String plan) throws Exception {
        String checkout = http.checkoutPathOf(plan);
        HttpResponse<String> confirmed = http.post(checkout, PortalHttp.confirmForm(http.get(checkout).body()));
        Matcher id = INVOICE_LOCATION.matcher(confirmed.headers().firstValue("Location").orElse(""));
        assertThat(id.find()).as("a redirect to the invoice, not " + confirmed.statusCode()).isTrue();
        return id.group(1);
    }

    /**
     * Every customer, in a session of its own with its checkout page open, confirms at the same
     * moment. The answers never come: the server dies while they wait.
     */
    private void confirmAtOnce(List<Customer> customers, String plan) throws Exception {
        String checkout = customers.get(0).http.checkoutPathOf(plan);
        List<Map<String, String>> forms = new ArrayList<>();
        for (Customer customer : customers) {
            forms.add(PortalHttp.confirmForm(customer.http.get(checkout).body()));
        }
        confirms = Executors.newFixedThreadPool(customers.size());
        CyclicBarrier atOnce = new CyclicBarrier(customers.size());
        for (int i = 0; i < customers.size(); i++) {
            PortalHttp http = customers.get(i).http;
            Map<String, String> form = forms.get(i);
            confirms.submit(() -> {
                atOnce.await(30, TimeUnit.SECONDS);
                return http.post(checkout, form);
            });
        }
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private long oxhostRequests(String plan) {
        return oxhost.countRequestsMatching(postRequestedFor(urlEqualTo("/API/invoice"))
                .withRequestBody(matchingJsonPath("$.server_id", equalTo(SERVER_OF.get(plan)))).build()).getCount();
    }

    /** Every attempt as an admin exports them (the admin list's CSV). */
    private static List<AdminRow> rows(PortalHttp admin) throws Exception {
        HttpResponse<String> export = admin.get("admin/invoices.csv");
        assertThat(export.statusCode()).as("the admin export, not %s", export.headers().firstValue("Location")
                .orElse(export.body())).isEqualTo(200);
        List<AdminRow> rows = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(export.body().substring(1), CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord r : csv) {
                rows.add(new AdminRow(r.get("attempt_id"), r.get("customer"), r.get("plan"), r.get("state"),
                        r.get("failure_reason")));
            }
        }
        return rows;
    }

    /** The attempts an admin saw just before the kill are on disk after it, each in the same state. */
    private void assertSameAttempts(String moment, List<AdminRow> beforeKill, List<DiskAttempts.Row> afterKill) {
        Map<String, String> before = beforeKill.stream().collect(Collectors.toMap(AdminRow::id, AdminRow::state));
        Map<String, String> after = afterKill.stream().collect(Collectors.toMap(DiskAttempts.Row::id, DiskAttempts.Row::state));
        report(moment + ": before the kill " + beforeKill.size() + " attempts " + byPlanAndState(beforeKill)
                + "; on disk after it " + afterKill.size() + " "
                + byPlanAndState(afterKill.stream().map(CrashConsistencyIT::asAdminRow).toList()));
        assertThat(after).as(moment + ": every attempt, with its state, survives").isEqualTo(before);
    }

    private static AdminRow asAdminRow(DiskAttempts.Row row) {
        return new AdminRow(row.id(), row.email(), row.plan(), row.state(), row.failureReason());
    }

    private static String byPlanAndState(Collection<AdminRow> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.plan() + " " + r.state(), TreeMap::new,
                Collectors.counting())).toString();
    }

    private static long count(List<AdminRow> rows, String plan, String state) {
        return rows.stream().filter(r -> r.plan().equals(plan) && r.state().equals(state)).count();
    }

    private static Set<String> ids(List<DiskAttempts.Row> rows) {
        return rows.stream().map(DiskAttempts.Row::id).collect(Collectors.toSet());
    }

    private static Instant min(List<DiskAttempts.Row> rows, String plan) {
        return rows.stream().filter(r -> r.plan().equals(plan)).map(DiskAttempts.Row::requestedAt).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static Instant max(List<DiskAttempts.Row> rows, String plan) {
        return rows.stream().filter(r -> r.plan().equals(plan)).map(DiskAttempts.Row::requestedAt).max(Comparator.naturalOrder()).orElseThrow();
    }

}
