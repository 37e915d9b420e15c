package net.zeroxhost.portal.bench;

import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import net.zeroxhost.portal.account.PasswordHashing;
import org.flywaydb.core.Flyway;

/**
 * Fills an empty portal database with a business's worth of history: {@code customers} customers,
 * 20 plans and {@code attempts} invoice attempts over the last year, in every state (open, expired,
 * failed, unknown, a few still requested), as the portal itself would have written them. Runs the
 * portal's own migrations first. Deterministic (a fixed seed), so that the benchmark's facts file
 * names rows that exist: the row in the middle of the list for a deep page, a customer, a plan, a
 * day, a track and an order id.
 *
 * <pre>java … AuditData jdbc-url user password attempts customers facts-file [bench-email bench-password]</pre>
 *
 * With the last two, also one customer who can log in (its password hashed by the portal's own
 * {@link PasswordHashing}, with Payara's PBKDF2 implementation on the class path) and whose own
 * history is the same whatever the size: {@value #BENCH_ATTEMPTS} attempts over the year, the newest
 * {@code OPEN} until 90 minutes after the generation. scripts/perf-data-scale signs it in at 0 and at
 * a million attempts, so that only the rest of the database grows; the facts file then names its
 * open invoice ({@code bench.open}).
 */
public final class AuditData {

    static final int PLANS = 20;
    static final String ENDPOINT = "POST https://0xhost.net/API/invoice";
    static final String HEADERS = "Accept: application/json\nContent-Type: application/json\nx-api-key: ********";
    /** One attempt row, every column but the price's currency (EUR) and the version (0) a parameter. */
    private static final String INSERT_ATTEMPT = """
            insert into invoice_attempt (id, idempotency_key, account_id, plan_id, state, requested_at, completed_at,
                request_endpoint, request_body, request_headers, http_status, response_body, failure_reason,
                oxhost_message, track_id, order_id, transaction_id, amount, currency, pay_amount, pay_currency,
                network, address, lifetime_minutes, expired_at, oxhost_created_at, price, price_currency,
                latency_ms, gave_up_at, version, plan_name)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, 0, ?)""";

    private static final String NO_LOGIN = "bench-customer:no-password-matches";
    static final int BENCH_ATTEMPTS = 25;

    private AuditData() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int attempts = Integer.parseInt(args[3]);
        int customers = Integer.parseInt(args[4]);
        Path facts = Path.of(args[5]);

        Flyway.configure().dataSource(url, user, password)
                .locations("filesystem:src/main/resources/db/migration").load().migrate();
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Properties found = generate(c, attempts, customers, now);
            if (args.length > 7) {
                found.putAll(benchCustomer(c, args[6], portalHash(args[7]), now));
            }
            try (Writer out = Files.newBufferedWriter(facts)) {
                found.store(out, "rows the audit benchmark asks for");
            }
            if (url.startsWith("jdbc:h2:")) {
                // H2 keeps the pages the load rewrote until the file is compacted.
                try (var s = c.createStatement()) {
                    s.execute("shutdown compact");
                }
            }
        }
        System.out.printf("generated %,d attempts for %,d customers in %.1f s%n", attempts, customers,
                (System.nanoTime() - started) / 1e9);
    }

    static Properties generate(Connection c, int attempts, int customers, Instant now) throws SQLException {
        Random random = new Random(20261203L);
        Properties facts = new Properties();
        String[] planIds = new String[PLANS];
        String[] prices = new String[PLANS];
        try (PreparedStatement plan = c.prepareStatement("""
                insert into plan (id, name, vcpu, ram_gb, disk_gb, location, monthly_price, currency,
                                  oxhost_server_id, active, sort_order, version)
                values (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, 0)""")) {
            for (int p = 0; p < PLANS; p++) {
                planIds[p] = uuid(random);
                prices[p] = String.format("%d.%02d", 5 + p * 7, (p * 25) % 100);
                plan.setString(1, planIds[p]);
                plan.setString(2, planName(p));
                plan.setInt(3, 1 + p % 8);
                plan.setInt(4, 2 << (p % 6));
                plan.setInt(5, 40 + 20 * p);
                plan.setString(6, p % 2 == 0 ? "Frankfurt" : "Helsinki");
                plan.setBigDecimal(7, new java.math.BigDecimal(prices[p]));
                plan.setString(8, uuid(random));
                plan.setBoolean(9, p < PLANS - 2);
                plan.setInt(10, 100 + p);
                plan.addBatch();
            }
            plan.executeBatch();
        }
        facts.setProperty("plan", planIds[3]);

        String[] accountIds = new String[customers];
        try (PreparedStatement account = c.prepareStatement("""
                insert into account (id, email, password_hash, role, oxhost_user_id, created_at, version)
                values (?, ?, ?, 'CUSTOMER', ?, ?, 0)""")) {
            for (int i = 0; i < customers; i++) {
                accountIds[i] = uuid(random);
                account.setString(1, accountIds[i]);
                account.setString(2, String.format("customer-%05d@bench.example", i));
                account.setString(3, NO_LOGIN);
                account.setString(4, uuid(random));
                account.setObject(5, utc(now.minus(400, ChronoUnit.DAYS)));
                account.addBatch();
                if (i % 1000 == 999) {
                    account.executeBatch();
                }
            }
            account.executeBatch();
        }
        facts.setProperty("customer", "customer-04711@");
        c.commit();

        // Indexes whose entries land at random places are built once after the load: kept up row by
        // row, each of H2's copy-on-write page writes rewrites them, and a million rows took 20 GB.
        try (var s = c.createStatement()) {
            s.execute("drop index invoice_attempt_account_idx");
            s.execute("drop index invoice_attempt_reuse_idx");
        }
        // Spread over the last 365 days, oldest first, a few seconds apart at a million.
        Duration year = Duration.ofDays(365);
        long stepMicros = year.toNanos() / 1000 / Math.max(1, attempts);
        Instant first = now.minus(year);
        try (PreparedStatement insert = c.prepareStatement(INSERT_ATTEMPT)) {
            for (int i = 0; i < attempts; i++) {
                Instant at = first.plus(i * stepMicros, ChronoUnit.MICROS);
                String id = ordered(i, random);
                int planIndex = random.nextInt(PLANS);
                String accountId = accountIds[random.nextInt(customers)];
                String userId = uuid(random);
                boolean last = i >= attempts - 10;
                // 40 % invoices (open, or expired once their 90 minutes passed), 40 % failed, 20 % unknown.
                int kind = last ? -1 : i % 10;
                String state = kind < 0 ? "REQUESTED" : kind < 4 ? "OPEN" : kind < 8 ? "FAILED" : "UNKNOWN";
                Instant completed = at.plusMillis(180 + random.nextInt(400));
                int p = 0;
                insert.setString(++p, id);
                insert.setString(++p, ordered(i, random));
                insert.setString(++p, accountId);
                insert.setString(++p, planIds[planIndex]);
                insert.setString(++p, state);
                insert.setObject(++p, utc(last ? now : at));
                insert.setObject(++p, kind < 0 ? null : utc(completed));
                insert.setString(++p, ENDPOINT);
                insert.setString(++p, "{\"user_id\":\"" + userId + "\",\"server_id\":\"" + planIds[planIndex] + "\"}");
                insert.setString(++p, HEADERS);
                String track = null;
                String order = null;
                switch (state) {
                    case "OPEN" -> {
                        track = String.valueOf(100_000_000L + i);
                        order = ordered(i, random);
                        insert.setObject(++p, 200);
                        insert.setString(++p, "{\"success\":true,\"data\":{\"track_id\":\"" + track + "\",\"order_id\":\""
                                + order + "\",\"amount\":\"" + prices[planIndex] + "\",\"currency\":\"EUR\"}}");
                        insert.setString(++p, null);
                        insert.setString(++p, null);
                    }
                    case "FAILED" -> {
                        insert.setObject(++p, 400);
                        insert.setString(++p, "{\"success\":false,\"message\":\"Invalid user\"}");
                        insert.setString(++p, "0xhost answered success:false");
                        insert.setString(++p, "Invalid user");
                    }
                    case "UNKNOWN" -> {
                        insert.setObject(++p, null);
                        insert.setString(++p, null);
                        insert.setString(++p, "no answer from 0xhost within the read timeout");
                        insert.setString(++p, null);
                    }
                    default -> {
                        insert.setObject(++p, null);
                        insert.setString(++p, null);
                        insert.setString(++p, null);
                        insert.setString(++p, null);
                    }
                }
                insert.setString(++p, track);
                insert.setString(++p, order);
                insert.setString(++p, track == null ? null : uuid(random));
                insert.setString(++p, track == null ? null : prices[planIndex]);
                insert.setString(++p, track == null ? null : "EUR");
                insert.setString(++p, track == null ? null : "0.00" + (1000 + random.nextInt(9000)) + "5");
                insert.setString(++p, track == null ? null : "ETH");
                insert.setString(++p, track == null ? null : "Ethereum Network");
                insert.setString(++p, track == null ? null : "0x" + uuid(random).replace("-", "") + "00000000");
                insert.setObject(++p, track == null ? null : 90);
                insert.setObject(++p, track == null ? null : utc(at.plus(90, ChronoUnit.MINUTES)));
                insert.setObject(++p, track == null ? null : utc(at));
                insert.setBigDecimal(++p, new java.math.BigDecimal(prices[planIndex]));
                insert.setObject(++p, kind < 0 || "UNKNOWN".equals(state) ? null : 180 + random.nextInt(400));
                insert.setObject(++p, null);
                insert.setString(++p, planName(planIndex));
                insert.addBatch();
                if (i == attempts / 2) {
                    facts.setProperty("middle.id", id);
                    facts.setProperty("middle.micros", String.valueOf(micros(at)));
                    facts.setProperty("detail", id);
                    facts.setProperty("day", at.toString().substring(0, 10));
                }
                if (track != null && !facts.containsKey("track") && i >= attempts / 3) {
                    facts.setProperty("track", track);
                    facts.setProperty("order", order);
                }
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
                if (i % 50_000 == 49_999) {
                    c.commit();
                }
            }
            insert.executeBatch();
        }
        c.commit();
        try (var s = c.createStatement()) {
            // As V1__accounts_plans_invoices.sql makes them.
            s.execute("create index invoice_attempt_account_idx on invoice_attempt (account_id, requested_at)");
            s.execute("create index invoice_attempt_reuse_idx on invoice_attempt (account_id, plan_id, state, expired_at)");
        }
        c.commit();
        facts.setProperty("attempts", String.valueOf(attempts));
        return facts;
    }

    /**
     * The bench customer and its {@value #BENCH_ATTEMPTS} attempts, from a generator of its own so
     * that they are the same at every size: one every two weeks over the last year (invoices long
     * expired, failures, unknowns, on the active plans in turn), the newest {@code OPEN} and payable
     * for 90 minutes. Returns its facts: its email, account id and open invoice ({@code bench.*}).
     */
    static Properties benchCustomer(Connection c, String email, String passwordHash, Instant now) throws SQLException {
        Random random = new Random(144L);
        List<String[]> plans = new ArrayList<>();
        try (var s = c.createStatement();
             var rows = s.executeQuery("select id, monthly_price, name from plan where active = true order by sort_order, name")) {
            while (rows.next()) {
                plans.add(new String[] {rows.getString(1), rows.getBigDecimal(2).toPlainString(), rows.getString(3)});
            }
        }
        String accountId = uuid(random);
        try (PreparedStatement account = c.prepareStatement("""
                insert into account (id, email, password_hash, role, oxhost_user_id, created_at, version)
                values (?, ?, ?, 'CUSTOMER', ?, ?, 0)""")) {
            account.setString(1, accountId);
            account.setString(2, email);
            account.setString(3, passwordHash);
            account.setString(4, uuid(random));
            account.setObject(5, utc(now.minus(400, ChronoUnit.DAYS)));
            account.executeUpdate();
        }
        String open = null;
        try (PreparedStatement insert = c.prepareStatement(INSERT_ATTEMPT)) {
            for (int i = 0; i < BENCH_ATTEMPTS; i++) {
                boolean newest = i == BENCH_ATTEMPTS - 1;
                Instant at = newest ? now : now.minus(365 - i * 14L, ChronoUnit.DAYS);
                String[] plan = plans.get(i % plans.size());
                // Every third an invoice (expired by now but the newest), the others failures and unknowns.
                String state = newest || i % 3 == 0 ? "OPEN" : i % 3 == 1 ? "FAILED" : "UNKNOWN";
                boolean invoice = state.equals("OPEN");
                boolean failed = state.equals("FAILED");
                String id = uuid(random);
                String track = invoice ? String.valueOf(900_000_000L + i) : null;
                int p = 0;
                insert.setString(++p, id);
                insert.setString(++p, uuid(random));
                insert.setString(++p, accountId);
                insert.setString(++p, plan[0]);
                insert.setString(++p, state);
                insert.setObject(++p, utc(at));
                insert.setObject(++p, utc(at.plusMillis(250)));
                insert.setString(++p, ENDPOINT);
                insert.setString(++p, "{\"user_id\":\"" + accountId + "\",\"server_id\":\"" + plan[0] + "\"}");
                insert.setString(++p, HEADERS);
                insert.setObject(++p, invoice ? Integer.valueOf(200) : failed ? Integer.valueOf(400) : null);
                insert.setString(++p, invoice ? "{\"success\":true,\"data\":{\"track_id\":\"" + track + "\"}}"
                        : failed ? "{\"success\":false,\"message\":\"Invalid user\"}" : null);
                insert.setString(++p, invoice ? null : failed ? "0xhost answered success:false"
                        : "no answer from 0xhost within the read timeout");
                insert.setString(++p, failed ? "Invalid user" : null);
                insert.setString(++p, track);
                insert.setString(++p, invoice ? uuid(random) : null);
                insert.setString(++p, invoice ? uuid(random) : null);
                insert.setString(++p, invoice ? plan[1] : null);
                insert.setString(++p, invoice ? "EUR" : null);
                insert.setString(++p, invoice ? "0.00" + (1000 + random.nextInt(9000)) + "5" : null);
                insert.setString(++p, invoice ? "ETH" : null);
                insert.setString(++p, invoice ? "Ethereum Network" : null);
                insert.setString(++p, invoice ? "0x" + uuid(random).replace("-", "") + "00000000" : null);
                insert.setObject(++p, invoice ? 90 : null);
                insert.setObject(++p, invoice ? utc(at.plus(90, ChronoUnit.MINUTES)) : null);
                insert.setObject(++p, invoice ? utc(at) : null);
                insert.setBigDecimal(++p, new java.math.BigDecimal(plan[1]));
                insert.setObject(++p, state.equals("UNKNOWN") ? null : 250);
                insert.setObject(++p, null);
                insert.setString(++p, plan[2]);
                insert.executeUpdate();
                if (newest) {
                    open = id;
                }
            }
        }
        c.commit();
        Properties facts = new Properties();
        facts.setProperty("bench.email", email);
        facts.setProperty("bench.account", accountId);
        facts.setProperty("bench.open", open);
        return facts;
    }

    /**
     * The portal's own hash of a password: {@link PasswordHashing} set up as the container sets it
     * up, on the PBKDF2 implementation Payara ships (Soteria's, from the Payara Micro jar).
     */
    static String portalHash(String password) throws ReflectiveOperationException {
        PasswordHashing hashing = new PasswordHashing();
        Field hash = PasswordHashing.class.getDeclaredField("hash");
        hash.setAccessible(true);
        hash.set(hashing, Class.forName("org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl")
                .getDeclaredConstructor().newInstance());
        Field gate = PasswordHashing.class.getDeclaredField("maxConcurrentHashes");
        gate.setAccessible(true);
        gate.set(hashing, Optional.<Integer>empty());
        Field wait = PasswordHashing.class.getDeclaredField("hashWaitMillis");
        wait.setAccessible(true);
        wait.setLong(hashing, 5_000);
        Method configure = PasswordHashing.class.getDeclaredMethod("configure");
        configure.setAccessible(true);
        configure.invoke(hashing);
        return hashing.hash(password);
    }

    /** Times with zone as the JDBC 4.2 type both H2 and PostgreSQL take, whatever the JVM's zone. */
    private static java.time.OffsetDateTime utc(Instant at) {
        return at.atOffset(java.time.ZoneOffset.UTC);
    }

    private static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    }

    /**
     * A version-4-shaped id whose first part counts up, so that the generated rows reach the
     * unique indexes (id, idempotency key, order id) in order rather than at random pages; the
     * queries never rely on an id's order beyond a tie-break.
     */
    private static String planName(int index) {
        return String.format("Bench plan %02d", index + 1);
    }

    private static String ordered(long n, Random random) {
        return String.format("%08x-%04x-4%03x-%04x-%012x", n >>> 16, n & 0xffff, random.nextInt(0x1000),
                0x8000 | random.nextInt(0x4000), random.nextLong() & 0xffffffffffffL);
    }

    private static String uuid(Random random) {
        return new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L,
                random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
    }
}
