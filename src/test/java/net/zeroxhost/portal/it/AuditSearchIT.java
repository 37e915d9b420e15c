package net.zeroxhost.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.account.AccountService;
import net.zeroxhost.portal.account.Role;
import net.zeroxhost.portal.admin.Admin;
import net.zeroxhost.portal.admin.AdminAction;
import net.zeroxhost.portal.admin.AdminActionLog;
import net.zeroxhost.portal.invoice.AttemptFinding;
import net.zeroxhost.portal.invoice.AttemptFindings;
import net.zeroxhost.portal.invoice.InvoiceLedger;
import net.zeroxhost.portal.invoice.InvoiceState;
import net.zeroxhost.portal.invoice.audit.AuditCsv;
import net.zeroxhost.portal.invoice.audit.AuditCursor;
import net.zeroxhost.portal.invoice.audit.AuditFilter;
import net.zeroxhost.portal.invoice.audit.AuditQuery;
import net.zeroxhost.portal.invoice.audit.AuditRow;
import net.zeroxhost.portal.invoice.audit.AuditSearch;
import net.zeroxhost.portal.invoice.audit.AuditSort;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.OxhostInvoice;
import net.zeroxhost.portal.plan.Plan;
import net.zeroxhost.portal.testsupport.Deployments;
import net.zeroxhost.portal.testsupport.PortalHttp;
import net.zeroxhost.portal.testsupport.QueryCount;
import net.zeroxhost.portal.testsupport.TestCustomers;
import net.zeroxhost.portal.testsupport.TestPlans;
import net.zeroxhost.portal.testsupport.TestTags;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin audit's reads in the container, on the configured database (H2, and PostgreSQL in its
 * run): each filter takes exactly its rows, keyset pages walk every row once in both directions
 * (times tie on purpose), the price order, the capped count and the batched export. Each test
 * makes its own attempts for customers named by a fresh tag, and filters by that tag, so the
 * attempts of other tests in the same database stay out of its sight.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(TestTags.PERSISTENCE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditSearchIT {

    /** The customers of the query count, whose attempts the first test makes for the second. */
    private static final String COUNTED = "querycount";

    /** A day far from the other tests' attempts, which are made "now". */
    private static final Instant DAY = Instant.parse("2025-03-10T00:00:00Z");
    private static final int ATTEMPTS = 30;

    @Deployment
    static WebArchive deployment() {
        return QueryCount.addTo(Deployments.portal().addClasses(AuditSearchIT.class, TestPlans.class, TestCustomers.class));
    }

    @Inject
    AuditSearch search;

    @Inject
    InvoiceLedger ledger;

    @Inject
    AccountService accounts;

    @Inject
    TestPlans plans;

    @Inject
    TestCustomers customers;

    @Inject
    AttemptFindings findings;

    @Inject
    AdminActionLog actions;

    /** What the test made, to compare the reads with. */
    record Made(String id, String customer, String planId, BigDecimal price, Instant requestedAt, InvoiceState state,
                String trackId, String orderId) {
    }

    /**
     * 30 attempts over two customers (one whose email a spreadsheet would run) and two plans at
     * different prices, two at each requested time, six in each state as the list shows it.
     */
    private List<Made> seed(String tag) throws Exception {
        Account a = accounts.ensure(tag + "-a@example.com", "a-long-password-123", Role.CUSTOMER, UUID.randomUUID().toString());
        Account b = accounts.ensure("=" + tag + "-b@example.com", "a-long-password-123", Role.CUSTOMER,
                UUID.randomUUID().toString());
        Plan cheap = plans.forServer("srv-audit-cheap-" + tag, new BigDecimal("10.00"));
        Plan dear = plans.forServer("srv-audit-dear-" + tag, new BigDecimal("25.50"));
        List<Made> made = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            Account customer = i % 2 == 0 ? a : b;
            Plan plan = i % 3 == 0 ? dear : cheap;
            // Two attempts at each time: the order's tie-break on the id is exercised.
            Instant at = DAY.plus(i / 2 * 7L, ChronoUnit.HOURS);
            // Nothing earlier counts as still usable (in flight since "at", or open beyond ten years).
            String id = ledger.reserve(customer.getId(), plan.getId(), UUID.randomUUID().toString(), "POST test",
                    "x-api-key: ********", at, at, Instant.now().plus(3650, ChronoUnit.DAYS)).attemptId();
            InvoiceState state = InvoiceState.values()[i % 5];
            String track = null;
            String order = null;
            switch (state) {
                case OPEN, EXPIRED -> {
                    track = (i == 6 ? "+SUM(1)" : "T") + tag + "-" + i;
                    order = "O" + tag + "-" + i;
                    Instant expires = state == InvoiceState.OPEN ? Instant.now().plus(1, ChronoUnit.DAYS) : at.plusSeconds(5400);
                    ledger.complete(id, new InvoiceOutcome.Created(new OxhostInvoice(track, order, null,
                            plan.getMonthlyPrice(), "EUR", new BigDecimal("0.0041"), "ETH", "Ethereum", "0xabc", 90, expires,
                            null), new InvoiceOutcome.Exchange(200, "{}")), at.plusSeconds(1), java.time.Duration.ofMillis(40));
                }
                case FAILED -> ledger.complete(id, new InvoiceOutcome.Failed("HTTP 500", null,
                        new InvoiceOutcome.Exchange(500, "oops")), at.plusSeconds(1), java.time.Duration.ofMillis(40));
                case UNKNOWN -> ledger.complete(id, new InvoiceOutcome.Unknown("no answer",
                        InvoiceOutcome.Exchange.NONE), at.plusSeconds(1), java.time.Duration.ofMillis(40));
                default -> { }
            }
            made.add(new Made(id, customer.getEmail(), plan.getId(), plan.getMonthlyPrice(), at, state, track, order));
        }
        return made;
    }

    private static String tag() {
        return "audit" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static AuditFilter filter(String customer) {
        return new AuditFilter(null, customer, null, null, null, null, null);
    }

    private List<String> ids(AuditFilter filter) {
        AuditQuery query = new AuditQuery(filter, AuditSort.NEWEST, 200, null, null, List.of());
        return search.page(query, Instant.now()).rows().stream().map(AuditRow::getId).toList();
    }

    private static List<String> expected(List<Made> made, Predicate<Made> which) {
        return made.stream().filter(which).sorted(newestFirst()).map(Made::id).toList();
    }

    private static Comparator<Made> newestFirst() {
        return Comparator.comparing(Made::requestedAt).thenComparing(Made::id).reversed();
    }

    /** The customer of the findings form's attempts, made by the first test for the third. */
    private static final String FINDINGS = "findingsform";

    /** In the container: 60 attempts of two customers for {@link #aPageCostsTheSameQueriesWhateverItsSize}. */
    @Test
    @Order(1)
    void makeTheAttemptsOfTheQueryCount() throws Exception {
        seed(FINDINGS + UUID.randomUUID().toString().substring(0, 4));
        // More accounts than a page of the customers list holds, for the walk through its pages.
        for (int i = 0; i < 55; i++) {
            customers.create("walk");
        }
        // Two tags: a second seed of one would find the first one's attempts still usable.
        seed(COUNTED + "1");
        seed(COUNTED + "2");
    }

    /**
     * Over HTTP, as the admin: the list of 200 rows costs the queries of the list of 25, whatever
     * its filter or order, and the export of 60 rows no more than the export of 12 and one batch
     * (no query per row; {@link QueryCount} counts them). The rows are the first test's.
     */
    @Test
    @Order(2)
    @RunAsClient
    void aPageCostsTheSameQueriesWhateverItsSize(@ArquillianResource URL base) throws Exception {
        PortalHttp admin = new PortalHttp(base.toURI());
        admin.login("admin@example.com", "admin-demo-password");
        for (String view : List.of("customer=" + COUNTED, "customer=" + COUNTED + "&sort=price-desc",
                "customer=" + COUNTED + "&state=FAILED&sort=oldest")) {
            List<String> small = queries(admin, "admin/index?" + view + "&size=25");
            List<String> large = queries(admin, "admin/index?" + view + "&size=200");
            assertTrue(small.stream().anyMatch(q -> q.contains("invoice_attempt")), "the list's own read is counted: " + small);
            assertEquals(small.size(), large.size(), view + "\n25 rows: " + small + "\n200 rows: " + large);
        }
        List<String> all = queries(admin, "admin/invoices.csv?customer=" + COUNTED);
        List<String> failed = queries(admin, "admin/invoices.csv?customer=" + COUNTED + "&state=FAILED");
        assertTrue(all.size() <= failed.size() + 1, "60 rows: " + all + "\n12 rows: " + failed);
    }

    /**
     * Over HTTP, as the admin: an attempt whose outcome is unknown offers the findings form, one
     * with an outcome on record does not; a recorded finding shows on the page.
     */
    @Test
    @Order(3)
    @RunAsClient
    void aFindingIsRecordedThroughTheDetailPage(@ArquillianResource URL base) throws Exception {
        PortalHttp admin = new PortalHttp(base.toURI());
        admin.login("admin@example.com", "admin-demo-password");
        String unknown = firstAttemptLink(admin.get("admin/index?customer=" + FINDINGS + "&state=UNKNOWN").body());
        String failed = firstAttemptLink(admin.get("admin/index?customer=" + FINDINGS + "&state=FAILED").body());
        assertFalse(admin.get(failed).body().contains("finding:record"), "no form where the outcome is on record");
        String page = admin.get(unknown).body();
        assertTrue(page.contains("id=\"no-findings\""), page);
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("finding", "finding");
        form.put("finding:what", "NOT_CREATED");
        form.put("finding:track", "");
        form.put("finding:note", "Support at 0xhost: no invoice was created for this request.");
        form.put("finding:record", "Record the finding");
        form.put("jakarta.faces.ViewState", PortalHttp.viewState(page));
        var posted = admin.post(unknown, form);
        assertEquals(302, posted.statusCode(), posted.body());
        String after = admin.get(posted.headers().firstValue("Location").orElseThrow().replaceFirst(".*?(admin/invoice)", "$1")).body();
        assertTrue(after.contains("id=\"finding-done\"") && after.contains("data-finding=\"NOT_CREATED\"")
                && after.contains("no invoice was created"), after);
        assertTrue(after.contains("id=\"state\" class=\"state state-UNKNOWN\""), "the attempt's record stays as it was");
    }

    /**
     * Over HTTP, as the admin: the customers list and the admin actions log, unfiltered, page by page
     * through their "next" links: each page loads, and the customers come in email order, each once.
     */
    @Test
    @Order(4)
    @RunAsClient
    void theCustomersListAndTheActionsLogWalkTheirPages(@ArquillianResource URL base) throws Exception {
        PortalHttp admin = new PortalHttp(base.toURI());
        admin.login("admin@example.com", "admin-demo-password");
        java.util.regex.Pattern email = java.util.regex.Pattern.compile("admin/customer\\?id=[0-9a-f-]{36}\">([^<]+)</a>");
        java.util.regex.Pattern next = java.util.regex.Pattern.compile("id=\"page-next\" rel=\"next\" href=\"[^\"]*?(admin/[^\"]+)\"");
        List<String> seen = new ArrayList<>();
        String path = "admin/customers";
        int pages = 0;
        while (path != null) {
            var page = admin.get(path.replace("&amp;", "&"));
            assertEquals(200, page.statusCode(), path);
            java.util.regex.Matcher rows = email.matcher(page.body());
            while (rows.find()) {
                seen.add(rows.group(1).replace("&#61;", "="));
            }
            java.util.regex.Matcher link = next.matcher(page.body());
            path = link.find() ? link.group(1) : null;
            pages++;
        }
        assertTrue(pages >= 2, "more than a page of customers: " + seen.size());
        assertEquals(seen.stream().distinct().sorted().toList(), seen, "in email order, each once");
        var log = admin.get("admin/actions");
        assertEquals(200, log.statusCode());
        assertTrue(log.body().contains("data-action=\"RECORD_FINDING\""), "the finding of the test before: " + log.body());
    }

    private static String firstAttemptLink(String listPage) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("admin/invoice\\?id=([0-9a-f-]{36})").matcher(listPage);
        assertTrue(link.find(), listPage);
        return "admin/invoice?id=" + link.group(1);
    }

    /** In the container: the findings service refuses what it must, logs what it records, changes no attempt. */
    @Test
    void aFindingIsOnlyForAnUnknownAttemptIsLoggedAndChangesNothing() throws Exception {
        String tag = tag();
        List<Made> made = seed(tag);
        Made unknown = made.stream().filter(m -> m.state() == InvoiceState.UNKNOWN).findFirst().orElseThrow();
        Made failed = made.stream().filter(m -> m.state() == InvoiceState.FAILED).findFirst().orElseThrow();
        Account adminAccount = accounts.findByEmail("admin@example.com").orElseThrow();
        Admin admin = new Admin(adminAccount.getId(), adminAccount.getEmail());

        assertEquals(AttemptFindings.Refusal.NOT_UNKNOWN, refusal(() -> findings.record(admin, failed.id(),
                AttemptFinding.Finding.NOT_CREATED, null, "no invoice")));
        assertEquals(AttemptFindings.Refusal.TRACK_ID_NEEDED, refusal(() -> findings.record(admin, unknown.id(),
                AttemptFinding.Finding.CREATED, " ", "created, they say")));
        assertEquals(AttemptFindings.Refusal.BAD_TRACK_ID, refusal(() -> findings.record(admin, unknown.id(),
                AttemptFinding.Finding.CREATED, "<script>", "created")));
        assertEquals(AttemptFindings.Refusal.BAD_NOTE, refusal(() -> findings.record(admin, unknown.id(),
                AttemptFinding.Finding.OTHER, null, "  ")));
        assertEquals(AttemptFindings.Refusal.NO_SUCH_ATTEMPT, refusal(() -> findings.record(admin,
                UUID.randomUUID().toString(), AttemptFinding.Finding.OTHER, null, "x")));
        assertTrue(findings.of(unknown.id()).isEmpty());

        findings.record(admin, unknown.id(), AttemptFinding.Finding.CREATED, " 100200300 ", "Confirmed by 0xhost support");
        List<AttemptFinding> recorded = findings.of(unknown.id());
        assertEquals(1, recorded.size());
        assertEquals("100200300", recorded.get(0).getTrackId());
        assertEquals("admin@example.com", recorded.get(0).getAdminEmail());
        AuditRow row = search.page(new AuditQuery(new AuditFilter(InvoiceState.UNKNOWN, tag, null, null, null, null, null),
                AuditSort.NEWEST, 25, null, null, List.of()), Instant.now()).rows().stream()
                .filter(r -> r.getId().equals(unknown.id())).findFirst().orElseThrow();
        assertEquals(InvoiceState.UNKNOWN, row.getState(), "the attempt's own record is unchanged");
        assertEquals(null, row.getTrackId());
        List<AdminAction> logged = actions.page(new AdminActionLog.Filter(AdminAction.Target.ATTEMPT, unknown.id(), null), null, 10);
        assertEquals(1, logged.size());
        assertEquals("RECORD_FINDING", logged.get(0).getAction());
        assertEquals("UNKNOWN", logged.get(0).getBefore());
        assertTrue(logged.get(0).getAfter().contains("CREATED, track id 100200300"), logged.get(0).getAfter());
    }

    private interface Refused {
        void run() throws AttemptFindings.RefusedException;
    }

    private static AttemptFindings.Refusal refusal(Refused call) {
        try {
            call.run();
        } catch (AttemptFindings.RefusedException e) {
            return e.refusal();
        }
        return null;
    }

    /** Requests the path, then the queries EclipseLink ran for it. */
    private static List<String> queries(PortalHttp admin, String path) throws Exception {
        int status = admin.get(path, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(200, status, path);
        var report = admin.get("test-support/queries?of=" + URLEncoder.encode("/" + path, StandardCharsets.UTF_8));
        assertEquals(200, report.statusCode(), "no count of " + path);
        // Not the page's: the signed-in caller's account, read at most once per portal.account.cache-ms
        // (account/RecentAccounts), so on one request of two and not the other.
        return report.body().isEmpty() ? List.of() : Stream.of(report.body().split("\n"))
                .filter(query -> !query.matches("ReadAllQuery: SELECT .* FROM account WHERE \\(EMAIL = \\?\\)")).toList();
    }

    @Test
    void eachFilterTakesExactlyItsRows() throws Exception {
        String tag = tag();
        List<Made> made = seed(tag);
        String planId = made.get(0).planId();
        Made opened = made.stream().filter(m -> m.state() == InvoiceState.OPEN).findFirst().orElseThrow();

        assertEquals(expected(made, m -> true), ids(filter(tag)));
        assertEquals(expected(made, m -> m.customer().startsWith(tag)), ids(filter(tag.toUpperCase() + "-A@")),
                "any case, part of the email");
        for (InvoiceState state : InvoiceState.values()) {
            List<String> ids = ids(new AuditFilter(state, tag, null, null, null, null, null));
            assertEquals(6, ids.size(), state.name());
            assertEquals(expected(made, m -> m.state() == state), ids, state.name());
        }
        assertEquals(expected(made, m -> m.planId().equals(planId)),
                ids(new AuditFilter(null, tag, planId, null, null, null, null)));
        LocalDate second = LocalDate.ofInstant(DAY, ZoneOffset.UTC).plusDays(1);
        List<String> oneDay = expected(made, m -> LocalDate.ofInstant(m.requestedAt(), ZoneOffset.UTC).equals(second));
        assertFalse(oneDay.isEmpty());
        assertEquals(oneDay, ids(new AuditFilter(null, tag, null, second, second, null, null)), "one whole day, UTC");
        assertEquals(expected(made, m -> !LocalDate.ofInstant(m.requestedAt(), ZoneOffset.UTC).isBefore(second)),
                ids(new AuditFilter(null, tag, null, second, null, null, null)));
        assertEquals(List.of(opened.id()), ids(new AuditFilter(null, null, null, null, null, opened.trackId(), null)));
        assertEquals(List.of(opened.id()), ids(new AuditFilter(null, null, null, null, null, null, opened.orderId())));
        assertEquals(List.of(), ids(new AuditFilter(null, null, null, null, null, opened.trackId().substring(1), null)),
                "a track id matches exactly, not in part");
        assertEquals(List.of(), ids(new AuditFilter(InvoiceState.FAILED, tag, null, null, null, opened.trackId(), null)));
        assertEquals(List.of(), ids(filter(tag + "%")), "the customer's text is no pattern");
        assertEquals(List.of(), ids(filter("_" + tag.substring(1))));

        Instant now = Instant.now();
        assertEquals(new AuditSearch.Count(ATTEMPTS, false), search.count(filter(tag), now));
        assertEquals(new AuditSearch.Count(6, false),
                search.count(new AuditFilter(InvoiceState.EXPIRED, tag, null, null, null, null, null), now));
        assertEquals(new AuditSearch.Count(29, true), search.count(filter(tag), now, 29), "counting stops at its limit");
        assertEquals(new AuditSearch.Count(30, false), search.count(filter(tag), now, 30));
    }

    @Test
    void keysetPagesWalkEveryRowOnceForwardAndBack() throws Exception {
        String tag = tag();
        List<Made> made = seed(tag);
        for (AuditSort sort : AuditSort.values()) {
            AuditQuery query = new AuditQuery(filter(tag), sort, 7, null, null, List.of());
            List<List<String>> pages = new ArrayList<>();
            AuditSearch.Page page = search.page(query, Instant.now());
            assertFalse(page.hasPrevious());
            pages.add(ids(page));
            while (page.hasNext()) {
                List<AuditRow> rows = page.rows();
                page = search.page(query.after(AuditCursor.at(rows.get(rows.size() - 1), sort)), Instant.now());
                assertTrue(page.hasPrevious());
                pages.add(ids(page));
            }
            assertEquals(List.of(7, 7, 7, 7, 2), pages.stream().map(List::size).toList(), sort.name());
            List<String> walked = pages.stream().flatMap(List::stream).toList();
            assertEquals(made.stream().sorted(order(sort)).map(Made::id).toList(), walked, sort.name());

            // Back from the last page, each page is the one seen going forward.
            List<List<String>> back = new ArrayList<>();
            back.add(ids(page));
            while (page.hasPrevious()) {
                page = search.page(query.before(AuditCursor.at(page.rows().get(0), sort)), Instant.now());
                assertTrue(page.hasNext());
                back.add(ids(page));
            }
            Collections.reverse(back);
            assertEquals(pages, back, sort.name() + " backwards");
        }
    }

    /**
     * A part of an email more than fifty accounts share is matched in the read itself, not by
     * listing the accounts first: the same rows, pages, count and export as the few-account way.
     */
    @Test
    void aPartOfManyEmailsTakesTheirRowsAsAFewDo() throws Exception {
        String tag = tag();
        Plan plan = plans.forServer("srv-audit-many-" + tag, new BigDecimal("12.00"));
        List<String> made = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Account customer = customers.create(tag + "-many");
            Instant at = DAY.plus(i, ChronoUnit.MINUTES);
            String id = ledger.reserve(customer.getId(), plan.getId(), UUID.randomUUID().toString(), "POST test",
                    "x-api-key: ********", at, at, Instant.now().plus(3650, ChronoUnit.DAYS)).attemptId();
            if (i % 4 == 0) {
                ledger.complete(id, new InvoiceOutcome.Failed("HTTP 500", null, new InvoiceOutcome.Exchange(500, "oops")),
                        at.plusSeconds(1), java.time.Duration.ofMillis(40));
                failed.add(0, id);
            }
            made.add(0, id);
        }
        AuditFilter many = filter(tag + "-MANY-");
        Instant now = Instant.now();
        assertEquals(made, ids(many));
        assertEquals(failed, ids(new AuditFilter(InvoiceState.FAILED, tag + "-many-", null, null, null, null, null)));
        assertEquals(new AuditSearch.Count(60, false), search.count(many, now));
        assertEquals(new AuditSearch.Count(15, false),
                search.count(new AuditFilter(InvoiceState.FAILED, tag + "-many-", null, null, null, null, null), now));

        AuditQuery query = new AuditQuery(many, AuditSort.NEWEST, 25, null, null, List.of());
        AuditSearch.Page first = search.page(query, now);
        AuditSearch.Page second = search.page(query.after(AuditCursor.at(first.rows().get(24), AuditSort.NEWEST)), now);
        assertEquals(made.subList(0, 25), ids(first));
        assertEquals(made.subList(25, 50), ids(second));
        assertEquals(ids(first), ids(search.page(query.before(AuditCursor.at(second.rows().get(0), AuditSort.NEWEST)), now)));

        List<Integer> batches = new ArrayList<>();
        List<String> exported = new ArrayList<>();
        search.forEachBatch(many, AuditSort.NEWEST, now, 25, rows -> {
            batches.add(rows.size());
            rows.forEach(r -> exported.add(r.getId()));
            return true;
        });
        assertEquals(List.of(25, 25, 10), batches);
        assertEquals(made, exported);

        // A reader that has gone (the servlet's writer failed) is handed no further batch.
        List<Integer> untilGone = new ArrayList<>();
        search.forEachBatch(many, AuditSort.NEWEST, now, 25, rows -> untilGone.add(rows.size()) && untilGone.size() < 2);
        assertEquals(List.of(25, 25), untilGone);
    }

    private static List<String> ids(AuditSearch.Page page) {
        return page.rows().stream().map(AuditRow::getId).toList();
    }

    private static Comparator<Made> order(AuditSort sort) {
        Comparator<Made> byTime = Comparator.comparing(Made::requestedAt).thenComparing(Made::id);
        Comparator<Made> key = sort.byPrice() ? Comparator.comparing(Made::price).thenComparing(byTime) : byTime;
        return sort.ascending() ? key : key.reversed();
    }

    @Test
    void theExportHasEveryRowOfTheFilterInBatchesWithFormulaCellsMadeText() throws Exception {
        String tag = tag();
        List<Made> made = seed(tag);
        StringBuilder out = new StringBuilder();
        List<Integer> batches = new ArrayList<>();
        try (AuditCsv csv = new AuditCsv(out)) {
            search.forEachBatch(filter(tag), AuditSort.NEWEST, Instant.now(), 4, rows -> {
                batches.add(rows.size());
                csv.write(rows);
                return true;
            });
        }
        assertEquals(List.of(4, 4, 4, 4, 4, 4, 4, 2), batches);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.substring(1))).getRecords();
        assertEquals(expected(made, m -> true), records.stream().map(r -> r.get("attempt_id")).toList());
        for (CSVRecord r : records) {
            String customer = r.get("customer");
            assertTrue(customer.equals(tag + "-a@example.com") || customer.equals("'=" + tag + "-b@example.com"), customer);
            assertTrue(!r.get("state").equals("FAILED") || r.get("failure_reason").equals("HTTP 500"), r.toString());
        }
        assertEquals(List.of("'+SUM(1)" + tag + "-6"), records.stream().map(r -> r.get("track_id"))
                .filter(t -> t.contains("SUM")).toList());
    }
}
