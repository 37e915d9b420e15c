package net.zeroxhost.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import javax.sql.DataSource;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.account.AccountAdministration;
import net.zeroxhost.portal.account.AccountService;
import net.zeroxhost.portal.account.Role;
import net.zeroxhost.portal.admin.Admin;
import net.zeroxhost.portal.invoice.InvoiceAttempt;
import net.zeroxhost.portal.invoice.InvoiceLedger;
import net.zeroxhost.portal.invoice.InvoiceQueries;
import net.zeroxhost.portal.invoice.InvoiceRefusedException;
import net.zeroxhost.portal.invoice.InvoiceService;
import net.zeroxhost.portal.invoice.InvoiceState;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.OxhostInvoice;
import net.zeroxhost.portal.plan.Plan;
import net.zeroxhost.portal.platform.Database;
import net.zeroxhost.portal.testsupport.Deployments;
import net.zeroxhost.portal.testsupport.LogCapture;
import net.zeroxhost.portal.testsupport.OxhostJournal;
import net.zeroxhost.portal.testsupport.TestPlans;
import net.zeroxhost.portal.testsupport.TestTags;
import net.zeroxhost.portal.testsupport.UnrecordableOutcomes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The invoice service inside the real WAR on Payara Micro: Flyway's schema, EclipseLink, the
 * transactions around the call, and the REST client against the WireMock stand-in for 0xhost.
 * Runs in the container; WireMock's request journal is read over its admin HTTP API.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(TestTags.PERSISTENCE)
class InvoiceServiceIT {


    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(InvoiceServiceIT.class, TestPlans.class, OxhostJournal.class,
                UnrecordableOutcomes.class, LogCapture.class);
    }

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceQueries queries;

    @Inject
    InvoiceLedger ledger;

    @Inject
    AccountService accounts;

    @Inject
    AccountAdministration administration;

    @PersistenceContext
    EntityManager em;

    @Inject
    TestPlans plans;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** Threads of the container's own, with its transactions, standing in for nodes of a cluster. */
    @Resource
    ManagedExecutorService executor;

    @Test
    void flywayCreatedTheSchema() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from \"flyway_schema_history\" where \"success\" = true")) {
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) >= 1, "at least one migration applied");
        }
        assertNotNull(em.createQuery("select count(a) from InvoiceAttempt a", Long.class).getSingleResult());
    }

    @Test
    void runsOnTheConfiguredDatabase() throws Exception {
        String url = System.getenv("PORTAL_DB_URL");
        String expected = url != null && url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";
        try (Connection c = dataSource.getConnection()) {
            assertEquals(expected, c.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void successfulAnswerOpensTheInvoiceWithEveryFieldExactly() throws Exception {
        Account customer = customer();
        Plan plan = plan("srv-ok-" + UUID.randomUUID());

        String id = invoices.requestInvoice(customer.getId(), plan.getId(), key());

        InvoiceAttempt attempt = queries.findOwned(id, customer.getId()).orElseThrow();
        assertEquals(InvoiceState.OPEN, attempt.getStoredState(), attempt.getAnswer().getFailureReason() + " / " + attempt.getAnswer().getResponseBody());
        assertEquals("0.0358619204", attempt.getTerms().getPayAmount().toPlainString());
        assertEquals(new BigDecimal("89.97"), attempt.getTerms().getAmount());
        assertEquals("ETH", attempt.getTerms().getPayCurrency());
        assertEquals("Ethereum Network", attempt.getTerms().getNetwork());
        assertEquals("0x7717324E33798466298275C82711084B452A8179", attempt.getTerms().getAddress());
        assertEquals(90, attempt.getTerms().getLifetimeMinutes());
        assertTrue(attempt.getTerms().getExpiredAt().isAfter(Instant.now().plus(85, ChronoUnit.MINUTES)));
        assertNotNull(attempt.getTerms().getTrackId());
        assertNotNull(attempt.getTerms().getOrderId());
        assertEquals(200, attempt.getAnswer().getHttpStatus());
        assertTrue(attempt.getAnswer().getResponseBody().contains("Operation completed successfully!"));
        assertEquals("{\"user_id\":\"" + customer.getOxhostUserId() + "\",\"server_id\":\"" + plan.getOxhostServerId() + "\"}",
                attempt.getRequestBody());
        assertTrue(attempt.getRequestEndpoint().endsWith("/API/invoice"));
        assertEquals(1, oxhostCalls(plan.getOxhostServerId()));
    }

    @Test
    void theSameFormSentTwiceCallsOxhostOnce() throws Exception {
        Account customer = customer();
        Plan plan = plan("srv-ok-" + UUID.randomUUID());
        String key = key();

        String first = invoices.requestInvoice(customer.getId(), plan.getId(), key);
        String second = invoices.requestInvoice(customer.getId(), plan.getId(), key);

        assertEquals(first, second);
        assertEquals(1, oxhostCalls(plan.getOxhostServerId()));
    }

    /**
     * The key lookup is what stops these three; the tests fail without it (the unexpired-invoice
     * rule alone would let each of them through, or trip the key's unique constraint).
     */
    @Test
    void aFailedAttemptReplayedWithItsKeyIsShownAgainAndNotSentTwice() throws Exception {
        Account customer = customer();
        Plan plan = plan("srv-503");
        String key = key();
        int before = oxhostCalls("srv-503");

        String first = invoices.requestInvoice(customer.getId(), plan.getId(), key);
        String replay = invoices.requestInvoice(customer.getId(), plan.getId(), key);

        assertEquals(first, replay);
        assertEquals(InvoiceState.FAILED, queries.findOwned(first, customer.getId()).orElseThrow().getStoredState());
        assertEquals(before + 1, oxhostCalls("srv-503"));
    }

    @Test
    void anotherAccountsKeyIsRefusedAndSendsNothing() throws Exception {
        Plan plan = plan("srv-ok-" + UUID.randomUUID());
        String key = key();
        invoices.requestInvoice(customer().getId(), plan.getId(), key);

        InvoiceRefusedException refused = assertThrows(InvoiceRefusedException.class,
                () -> invoices.requestInvoice(customer().getId(), plan.getId(), key));

        assertEquals(InvoiceRefusedException.Why.ANOTHER_ACCOUNTS_FORM, refused.why());
        assertEquals(1, oxhostCalls(plan.getOxhostServerId()));
    }

    @Test
    void aKeyIsBoundToThePlanItWasMintedFor() throws Exception {
        Account customer = customer();
        Plan minted = plan("srv-ok-" + UUID.randomUUID());
        Plan other = plan("srv-ok-" + UUID.randomUUID());
        String key = key();
        String first = invoices.requestInvoice(customer.getId(), minted.getId(), key);

        InvoiceRefusedException refused = assertThrows(InvoiceRefusedException.class,
                () -> invoices.requestInvoice(customer.getId(), other.getId(), key));

        assertEquals(InvoiceRefusedException.Why.ANOTHER_PLANS_FORM, refused.why());
        assertEquals(0, oxhostCalls(other.getOxhostServerId()));
        assertEquals(minted.getId(), queries.findOwned(first, customer.getId()).orElseThrow().getPlan().getId());
    }

    @Test
    void anUnexpiredInvoiceIsShownInsteadOfCreatingAnother() throws Exception {
        Account customer = customer();
        Plan plan = plan("srv-ok-" + UUID.randomUUID());

        String first = invoices.requestInvoice(customer.getId(), plan.getId(), key());
        String again = invoices.requestInvoice(customer.getId(), plan.getId(), key());
        String otherCustomer = invoices.requestInvoice(customer().getId(), plan.getId(), key());

        assertEquals(first, again);
        assertNotEquals(first, otherCustomer);
        assertEquals(2, oxhostCalls(plan.getOxhostServerId()));
    }

    @Test
    void anInvoiceAboutToExpireReadsAsExpiredFromItsExpiryAndIsNotReused() throws Exception {
        Account customer = customer();
        Plan plan = plan("srv-expired-" + UUID.randomUUID());

        // The stub's invoice expires a few seconds after it is created (OxhostStub.EXPIRES_SOON_SECONDS):
        // too little time to pay, so the second request gets an invoice of its own.
        String first = invoices.requestInvoice(customer.getId(), plan.getId(), key());
        String second = invoices.requestInvoice(customer.getId(), plan.getId(), key());

        InvoiceAttempt opened = queries.findOwned(first, customer.getId()).orElseThrow();
        Instant expiry = opened.getTerms().getExpiredAt();
        assertEquals(InvoiceState.OPEN, opened.getStoredState());
        assertEquals(InvoiceState.OPEN, opened.stateAt(expiry.minusMillis(1)));
        assertEquals(InvoiceState.EXPIRED, opened.stateAt(expiry), "EXPIRED is read, not stored");
        assertNotEquals(first, second, "an invoice about to expire is not offered again");
        assertEquals(2, oxhostCalls(plan.getOxhostServerId()));
    }

    @Test
    void successFalseIsFailedWithOxhostsMessage() throws Exception {
        InvoiceAttempt attempt = attemptFor("srv-false");

        assertEquals(InvoiceState.FAILED, attempt.getStoredState());
        assertEquals("<b>Server sold out</b>", attempt.getAnswer().getOxhostMessage());
        assertNull(attempt.getTerms());
    }

    @Test
    void aRefusingStatusIsFailed() throws Exception {
        InvoiceAttempt unavailable = attemptFor("srv-503");

        assertEquals(InvoiceState.FAILED, unavailable.getStoredState());
        assertEquals(503, unavailable.getAnswer().getHttpStatus());
        assertEquals("HTTP 503", unavailable.getAnswer().getFailureReason());
        assertEquals("<html>down for maintenance</html>", unavailable.getAnswer().getResponseBody());
    }

    /** 0xhost may have created an invoice in each case: never "try again". */
    @Test
    void serverErrorGarbageAndIncompleteAnswersAreUnknown() throws Exception {
        InvoiceAttempt error = attemptFor("srv-500");
        InvoiceAttempt garbage = attemptFor("srv-garbage");
        InvoiceAttempt incomplete = attemptFor("srv-incomplete");

        assertEquals(InvoiceState.UNKNOWN, error.getStoredState());
        assertEquals(500, error.getAnswer().getHttpStatus());
        assertEquals("upstream exploded", error.getAnswer().getResponseBody());
        assertEquals(InvoiceState.UNKNOWN, garbage.getStoredState());
        assertEquals(InvoiceState.UNKNOWN, incomplete.getStoredState());
        assertTrue(incomplete.getAnswer().getFailureReason().contains("address"), incomplete.getAnswer().getFailureReason());
        assertEquals(1, oxhostCalls("srv-500"));
        assertEquals(1, oxhostCalls("srv-incomplete"));
    }

    @Test
    void aTimeoutOrResetIsUnknownAndNotRetried() throws Exception {
        InvoiceAttempt slow = attemptFor("srv-slow");
        InvoiceAttempt reset = attemptFor("srv-reset");

        assertEquals(InvoiceState.UNKNOWN, slow.getStoredState());
        assertEquals(InvoiceState.UNKNOWN, reset.getStoredState(), reset.getAnswer().getFailureReason() + " / " + reset.getAnswer().getResponseBody());
        assertNotNull(slow.getCompletedAt());
        assertEquals(1, oxhostCalls("srv-slow"));
        assertEquals(1, oxhostCalls("srv-reset"));
    }

    @Test
    void anAccountAwaitingActivationCannotCreateInvoices() throws Exception {
        Account pending = accounts.ensure("pending-" + UUID.randomUUID() + "@example.com", "a-long-password-123",
                Role.CUSTOMER, null);
        Plan plan = plan("srv-ok-" + UUID.randomUUID());

        InvoiceRefusedException refused = assertThrows(InvoiceRefusedException.class,
                () -> invoices.requestInvoice(pending.getId(), plan.getId(), key()));

        assertEquals(InvoiceRefusedException.Why.NOT_ACTIVATED, refused.why());
        assertEquals(0, oxhostCalls(plan.getOxhostServerId()));
    }

    /**
     * A disabled account's sessions end at their next request on the node that disabled it, but
     * another node may still hold the account for its cache's moments: the ledger asks the row.
     */
    @Test
    void aDisabledAccountCannotCreateInvoicesWhateverItsSessionStillKnows() throws Exception {
        Account customer = customer();
        Plan plan = plan("srv-ok-" + UUID.randomUUID());
        Account admin = accounts.ensure("it-admin-" + UUID.randomUUID() + "@example.com", "a-long-password-123",
                Role.ADMIN, null);
        administration.disable(new Admin(admin.getId(), admin.getEmail()), customer.getId());

        InvoiceRefusedException refused = assertThrows(InvoiceRefusedException.class,
                () -> invoices.requestInvoice(customer.getId(), plan.getId(), key()));

        assertEquals(InvoiceRefusedException.Why.DISABLED, refused.why());
        assertEquals(0, oxhostCalls(plan.getOxhostServerId()));
    }

    @Test
    void aCustomerCannotLoadAnotherCustomersInvoice() throws Exception {
        Account owner = customer();
        Account other = customer();
        String id = invoices.requestInvoice(owner.getId(), plan("srv-ok-" + UUID.randomUUID()).getId(), key());

        assertTrue(queries.findOwned(id, owner.getId()).isPresent());
        assertFalse(queries.findOwned(id, other.getId()).isPresent());
        assertFalse(queries.findOwned("not-an-id", owner.getId()).isPresent());
    }

    @Test
    void theApiKeyIsStoredNowhere() throws Exception {
        // The key as the server under test was given it (environment or Payara password alias).
        String apiKey = ConfigProvider.getConfig().getValue("oxhost.api-key", String.class);
        attemptFor("srv-false");
        attemptFor("srv-ok-" + UUID.randomUUID());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"account", "plan", "invoice_attempt"}) {
                try (ResultSet rs = s.executeQuery("select * from " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            String value = rs.getString(i);
                            assertFalse(value != null && value.contains(apiKey), table + "." + meta.getColumnName(i));
                        }
                    }
                }
            }
        }
    }

    /** One line per attempt, with what operators need, and never the key. */
    @Test
    void eachAttemptLogsOneLineWithItsIdOutcomeAndLatency() throws Exception {
        String apiKey = ConfigProvider.getConfig().getValue("oxhost.api-key", String.class);
        try (LogCapture capture = LogCapture.of(InvoiceService.class.getName())) {
            List<LogRecord> records = capture.records();
            Account customer = customer();
            String opened = invoices.requestInvoice(customer.getId(), plan("srv-ok-" + UUID.randomUUID()).getId(), key());
            String refused = invoices.requestInvoice(customer.getId(), plan("srv-false").getId(), key());
            String unknown = invoices.requestInvoice(customer.getId(), plan("srv-garbage").getId(), key());

            assertEquals(1, linesAbout(records, opened).size(), records.toString());
            String openLine = linesAbout(records, opened).get(0);
            assertTrue(openLine.matches("invoice attempt " + opened + " outcome=OPEN latency_ms=\\d+ http_status=200 track_id=\\d+"),
                    openLine);
            String refusedLine = linesAbout(records, refused).get(0);
            assertTrue(refusedLine.contains(" outcome=FAILED latency_ms="), refusedLine);
            assertTrue(linesAbout(records, unknown).get(0).contains(" outcome=UNKNOWN latency_ms="));
            assertTrue(linesAbout(records, unknown).get(0).contains(" http_status=200 reason="));
            for (LogRecord record : records) {
                String line = record.getMessage();
                assertFalse(line.contains(apiKey), "the API key in a log line");
                assertFalse(line.contains("\n") || line.contains("\r"), "one line: " + line);
            }
        }
    }

    private static List<String> linesAbout(List<LogRecord> records, String attemptId) {
        return records.stream().map(LogRecord::getMessage).filter(m -> m.startsWith("invoice attempt " + attemptId + " "))
                .toList();
    }

    @Test
    void anAttemptWhoseOutcomeWasLostBecomesUnknownAndALateInvoiceStillOpensIt() throws Exception {
        Account customer = customer();
        Plan stalePlan = plan("srv-stale-" + UUID.randomUUID());
        Plan freshPlan = plan("srv-fresh-" + UUID.randomUUID());
        Instant longAgo = Instant.now().minus(1, ChronoUnit.HOURS);
        // As the server left them when it died mid-call: recorded, never completed.
        String stale = ledger.reserve(customer.getId(), stalePlan.getId(), key(), "POST test", "x-api-key: ********", longAgo,
                longAgo.minus(1, ChronoUnit.MINUTES), longAgo).attemptId();
        String fresh = ledger.reserve(customer.getId(), freshPlan.getId(), key(), "POST test", "x-api-key: ********", Instant.now(),
                Instant.now().minus(1, ChronoUnit.MINUTES), Instant.now()).attemptId();

        // The minute's timer may have swept it already: the state tells, not the count.
        invoices.giveUpOnStaleAttempts();

        InvoiceAttempt given = queries.findOwned(stale, customer.getId()).orElseThrow();
        assertEquals(InvoiceState.UNKNOWN, given.getStoredState());
        assertTrue(given.getAnswer().getFailureReason().contains("no outcome was recorded"),
                given.getAnswer().getFailureReason());
        assertNotNull(given.getCompletedAt());
        assertEquals(InvoiceState.REQUESTED, queries.findOwned(fresh, customer.getId()).orElseThrow().getStoredState(),
                "an attempt within the deadline may still be waiting for 0xhost");
        assertEquals(0, invoices.giveUpOnStaleAttempts(), "a second sweep finds nothing more to move");

        ledger.complete(stale, created("110816020"), Instant.now(), Duration.ofMillis(50));
        assertEquals(InvoiceState.OPEN, queries.findOwned(stale, customer.getId()).orElseThrow().getStoredState(),
                "an invoice 0xhost did create is never lost");
        assertEquals(List.of(InvoiceState.REQUESTED, InvoiceState.UNKNOWN, InvoiceState.OPEN),
                queries.findOwned(stale, customer.getId()).orElseThrow().history(Instant.now()).stream()
                        .map(InvoiceAttempt.Step::getState).toList(),
                "the history keeps the sweep's UNKNOWN before the late invoice");
    }

    /**
     * Two nodes sweeping at the same moment while the outcome of one of the attempts arrives: each
     * stale attempt is moved once in all, and the invoice recorded meanwhile is OPEN whichever
     * transaction comes first (the sweep's guard skips it, or a late invoice opens it again).
     */
    @Test
    void twoNodesSweepingAtOnceMoveEachAttemptOnceAndKeepAnOutcomeRecordedMeanwhile() throws Exception {
        Account customer = customer();
        Instant now = Instant.now();
        Instant cutoff = now.minusSeconds(5);
        // Leftovers of earlier tests past the cutoff go first, so that the counts below are this test's.
        ledger.giveUpOnStale(cutoff, now);
        // Past this test's cutoff, but not the minute's timer's (deadline + 30 s): only the two "nodes" move them.
        Instant requested = now.minusSeconds(10);
        List<String> stale = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            stale.add(ledger.reserve(customer.getId(), plan("srv-swept-" + UUID.randomUUID()).getId(), key(), "POST test",
                    "x-api-key: ********", requested, requested.minus(1, ChronoUnit.MINUTES), requested).attemptId());
        }
        String answered = stale.get(7);

        CyclicBarrier atOnce = new CyclicBarrier(3);
        Future<Integer> nodeA = executor.submit(() -> {
            atOnce.await(10, TimeUnit.SECONDS);
            return ledger.giveUpOnStale(cutoff, Instant.now());
        });
        Future<Integer> nodeB = executor.submit(() -> {
            atOnce.await(10, TimeUnit.SECONDS);
            return ledger.giveUpOnStale(cutoff, Instant.now());
        });
        Future<?> outcome = executor.submit(() -> {
            atOnce.await(10, TimeUnit.SECONDS);
            ledger.complete(answered, created("110816021"), Instant.now(), Duration.ofMillis(50));
            return null;
        });
        int moved = nodeA.get(30, TimeUnit.SECONDS) + nodeB.get(30, TimeUnit.SECONDS);
        outcome.get(30, TimeUnit.SECONDS);

        assertTrue(moved == 19 || moved == 20, "each attempt moved at most once in all: " + moved);
        for (String id : stale) {
            InvoiceAttempt attempt = queries.findOwned(id, customer.getId()).orElseThrow();
            if (id.equals(answered)) {
                assertEquals(InvoiceState.OPEN, attempt.getStoredState(), "the recorded invoice is not overwritten");
                assertEquals("110816021", attempt.getTerms().getTrackId());
            } else {
                assertEquals(InvoiceState.UNKNOWN, attempt.getStoredState(), id);
                assertEquals(InvoiceLedger.STALE_REASON, attempt.getAnswer().getFailureReason());
            }
        }
        assertEquals(0, ledger.giveUpOnStale(cutoff, Instant.now()), "nothing left for a third node");
    }

    /**
     * Recording the outcome fails twice (UnrecordableOutcomes refuses the write): the customer's
     * attempt stays REQUESTED rather than half-written, 0xhost was called once, its answer is in
     * the log for support, and the sweep ends the attempt as UNKNOWN.
     */
    @Test
    void anOutcomeThatCannotBeRecordedIsLoggedAndTheSweepEndsItUnknown() throws Exception {
        Account customer = customer();
        Plan plan = plan(UnrecordableOutcomes.SERVER_PREFIX + UUID.randomUUID());
        List<LogRecord> logged;
        String id;
        try (LogCapture capture = LogCapture.of(InvoiceService.class.getName())) {
            logged = capture.records();
            id = invoices.requestInvoice(customer.getId(), plan.getId(), key());
        }

        InvoiceAttempt attempt = queries.findOwned(id, customer.getId()).orElseThrow();
        assertEquals(InvoiceState.REQUESTED, attempt.getStoredState());
        assertNull(attempt.getCompletedAt());
        assertEquals(2, UnrecordableOutcomes.refusals(id), "tried twice, then left to the sweep");
        assertEquals(1, oxhostCalls(plan.getOxhostServerId()), "0xhost is not asked again");
        String severe = logged.stream().filter(r -> r.getLevel() == Level.SEVERE).map(LogRecord::getMessage)
                .findFirst().orElseThrow(() -> new AssertionError("no SEVERE line: " + logged.size() + " records"));
        assertTrue(severe.contains(id) && severe.contains("OPEN, 0xhost track id "), severe);

        // What the sweep does once this attempt's deadline and margin have passed, without waiting for it.
        ledger.giveUpOnStale(attempt.getRequestedAt().plusMillis(1), Instant.now());

        InvoiceAttempt given = queries.findOwned(id, customer.getId()).orElseThrow();
        assertEquals(InvoiceState.UNKNOWN, given.getStoredState());
        assertEquals(InvoiceLedger.STALE_REASON, given.getAnswer().getFailureReason());
        assertNotNull(given.getCompletedAt());
    }

    private static InvoiceOutcome created(String trackId) {
        return new InvoiceOutcome.Created(new OxhostInvoice(trackId, null, null,
                new BigDecimal("89.97"), "EUR", new BigDecimal("0.0358619204"), "ETH", "Ethereum Network",
                "0x7717324E33798466298275C82711084B452A8179", 90, Instant.now().plus(90, ChronoUnit.MINUTES), null),
                new InvoiceOutcome.Exchange(200, "{}"));
    }

    private InvoiceAttempt attemptFor(String serverId) throws Exception {
        Account customer = customer();
        Plan plan = plan(serverId);
        String id = invoices.requestInvoice(customer.getId(), plan.getId(), key());
        return queries.findOwned(id, customer.getId()).orElseThrow();
    }

    private Account customer() {
        return accounts.ensure("it-" + UUID.randomUUID() + "@example.com", "a-long-password-123", Role.CUSTOMER,
                UUID.randomUUID().toString());
    }

    private Plan plan(String serverId) {
        return plans.forServer(serverId);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static int oxhostCalls(String serverId) throws Exception {
        return OxhostJournal.invoiceCalls(serverId);
    }
}
