package net.zeroxhost.portal.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.zeroxhost.portal.invoice.InvoiceLedger;
import net.zeroxhost.portal.testsupport.OxhostStub;
import net.zeroxhost.portal.testsupport.Poll;
import net.zeroxhost.portal.testsupport.PostgresForTests;
import net.zeroxhost.portal.testsupport.TestTags;
import net.zeroxhost.portal.testsupport.UnansweredPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two portal nodes on one PostgreSQL, each a Payara Micro of its own (issue 12, item 3: "the sweep
 * is safe when two nodes run it at once"). Both boot at the same moment (Flyway on both), then
 * find the attempts a crash left REQUESTED: their minute's sweeps fire at the same second (the
 * timer's second 17, one clock) and race for the same rows. Each attempt must be moved exactly
 * once in all: the counts the two nodes log add up to the number of stale attempts, no more.
 * Attempts still within the deadline are left alone by both.
 *
 * <p>The stale attempts are written straight into the database, as the server that died left them:
 * what matters here is the two sweeps, and the crash that leaves such rows is {@link
 * CrashConsistencyIT}'s. Runs in the Payara Micro crash execution, whose test session starts the
 * PostgreSQL (testsupport/TestServicesSession).
 */
@Tag(TestTags.NODES)
class TwoNodeSweepIT {

    private static final int STALE = 400;
    private static final int FRESH = 5;
    /** Long, so that attempts written now stay within it while the sweeps run (threshold: this plus 30 s). */
    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final Pattern SWEPT = Pattern.compile(
            "(\\d+) invoice attempt\\(s\\) had no recorded outcome past the deadline: now UNKNOWN");

    private final int port = Integer.getInteger("it.crash.http-port", 18480);
    private final int postgresPort = Integer.parseInt(PortalServer.required("it.postgres.port"));
    private final Path runDir = Path.of(System.getProperty("it.crash.dir", "target/crash"))
            .resolve("two-nodes-" + UUID.randomUUID().toString().substring(0, 8));
    private final List<PortalProcess> nodes = new ArrayList<>();
    private UnansweredPort oxhost;
    private URLClassLoader driverLoader;

    @AfterEach
    void cleanUp() throws Exception {
        for (PortalProcess node : nodes) {
            if (node.isAlive()) {
                node.kill();
            }
        }
        if (oxhost != null) {
            oxhost.close();
        }
        if (driverLoader != null) {
            driverLoader.close();
        }
    }

    @Test
    void twoNodesSweepingAtTheSameMomentMoveEachStaleAttemptOnce() throws Exception {
        Files.createDirectories(runDir);
        // No call reaches 0xhost in this test; were one made, it would hang rather than answer.
        oxhost = new UnansweredPort();
        Path driver = Path.of(PortalServer.required("portal.postgresqlDriver"));
        Map<String, String> settings = Map.of(
                "OXHOST_API_KEY", OxhostStub.API_KEY,
                "OXHOST_BASE_URL", "http://127.0.0.1:" + oxhost.port() + "/API",
                "OXHOST_EXCHANGE_DEADLINE_MS", Long.toString(DEADLINE.toMillis()),
                // A production node: a real key and no demo accounts.
                "PORTAL_DEMO_DATA", "false",
                "PORTAL_DB_URL", PostgresForTests.jdbcUrl(postgresPort),
                "PORTAL_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "PORTAL_DB_USER", PostgresForTests.USER,
                "PORTAL_DB_PASSWORD", PostgresForTests.PASSWORD);

        ExecutorService boots = Executors.newFixedThreadPool(2);
        try {
            List<Future<PortalProcess>> started = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                PayaraMicroServer node = new PayaraMicroServer(runDir, port + i, List.of(driver));
                String name = "node-" + (char) ('a' + i);
                started.add(boots.submit(() -> node.start(name, settings)));
            }
            for (Future<PortalProcess> node : started) {
                nodes.add(node.get(6, TimeUnit.MINUTES));
            }
        } finally {
            boots.shutdownNow();
        }

        Properties credentials = new Properties();
        credentials.setProperty("user", PostgresForTests.USER);
        credentials.setProperty("password", PostgresForTests.PASSWORD);
        driverLoader = new URLClassLoader(new URL[] {driver.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Driver postgres = (Driver) Class.forName("org.postgresql.Driver", true, driverLoader)
                .getDeclaredConstructor().newInstance();
        String url = PostgresForTests.jdbcUrl(postgresPort);

        Instant written;
        try (Connection db = postgres.connect(url, credentials)) {
            written = writeLeftovers(db);
        }
        // The sweep of the first second 17 after the rows are committed; both nodes run it then.
        Instant sweepMoment = nextSecond17(written);
        Poll.untilPassed(sweepMoment.plusSeconds(5));
        List<Long> moved = Poll.until("the nodes to report " + STALE + " moved attempts in all", Duration.ofSeconds(35),
                this::movedPerNode, m -> m.get(0) + m.get(1) >= STALE);
        // One more turn of both timers: nothing is left to move, so neither logs anything new.
        Poll.untilPassed(sweepMoment.plusSeconds(65));
        List<Long> afterNextTurn = movedPerNode();

        assertThat(moved.get(0) + moved.get(1)).as("each stale attempt moved once in all (node a %d, node b %d)",
                moved.get(0), moved.get(1)).isEqualTo(STALE);
        assertThat(afterNextTurn).as("the next turn of both sweeps moved nothing").isEqualTo(moved);
        try (Connection db = postgres.connect(url, credentials); Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    select state, count(*), min(completed_at), max(completed_at), count(distinct failure_reason),
                           min(failure_reason)
                    from invoice_attempt group by state order by state""")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("REQUESTED");
                assertThat(rs.getInt(2)).as("attempts within the deadline are left to run").isEqualTo(FRESH);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("UNKNOWN");
                assertThat(rs.getInt(2)).isEqualTo(STALE);
                Instant first = rs.getObject(3, OffsetDateTime.class).toInstant();
                Instant last = rs.getObject(4, OffsetDateTime.class).toInstant();
                assertThat(first).as("moved by the minute's sweep, not before it").isAfterOrEqualTo(sweepMoment);
                assertThat(last).isBefore(sweepMoment.plusSeconds(40));
                assertThat(rs.getInt(5)).isEqualTo(1);
                assertThat(rs.getString(6)).isEqualTo(InvoiceLedger.STALE_REASON);
                assertThat(rs.next()).isFalse();
            }
        }
        System.out.printf("NODES two Payara Micro nodes on PostgreSQL, boots %.1f s and %.1f s: %d stale attempts,"
                        + " moved by node a %d, node b %d (sweep at %s); %d within the deadline left REQUESTED%n",
                nodes.get(0).bootTime().toMillis() / 1000.0, nodes.get(1).bootTime().toMillis() / 1000.0,
                STALE, moved.get(0), moved.get(1), sweepMoment, FRESH);
        for (PortalProcess node : nodes) {
            node.stop();
        }
    }

    /**
     * What the server that died left behind: {@link #STALE} attempts REQUESTED an hour ago and
     * {@link #FRESH} REQUESTED just now, of one customer and one plan, in one transaction.
     * Returns the time of the commit.
     */
    private static Instant writeLeftovers(Connection db) throws SQLException {
        db.setAutoCommit(false);
        String account = UUID.randomUUID().toString();
        String plan = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement a = db.prepareStatement("""
                insert into account (id, email, password_hash, role, oxhost_user_id, created_at)
                values (?, ?, 'not-a-hash: this account never logs in', 'CUSTOMER', ?, ?)""")) {
            a.setString(1, account);
            a.setString(2, "two-nodes-" + account + "@example.com");
            a.setString(3, UUID.randomUUID().toString());
            a.setObject(4, now);
            a.executeUpdate();
        }
        try (PreparedStatement p = db.prepareStatement("""
                insert into plan (id, name, vcpu, ram_gb, disk_gb, location, monthly_price, currency, oxhost_server_id)
                values (?, 'Two nodes', 1, 1, 10, 'Frankfurt', 5.00, 'USD', ?)""")) {
            p.setString(1, plan);
            p.setString(2, "srv-two-nodes-" + plan);
            p.executeUpdate();
        }
        try (PreparedStatement i = db.prepareStatement("""
                insert into invoice_attempt (id, idempotency_key, account_id, plan_id, state, requested_at,
                                             request_endpoint, request_body, price, price_currency, plan_name)
                values (?, ?, ?, ?, 'REQUESTED', ?, 'https://0xhost.net/API/invoice', '{}', 5.00, 'USD', 'Two nodes')""")) {
            for (int n = 0; n < STALE + FRESH; n++) {
                i.setString(1, UUID.randomUUID().toString());
                i.setString(2, UUID.randomUUID().toString());
                i.setString(3, account);
                i.setString(4, plan);
                i.setObject(5, n < STALE ? now.minusHours(1) : now);
                i.addBatch();
            }
            i.executeBatch();
        }
        db.commit();
        return Instant.now();
    }

    /** The first instant at second 17 of a minute, after the given one (the sweep's @Schedule). */
    private static Instant nextSecond17(Instant after) {
        Instant minute = after.truncatedTo(ChronoUnit.MINUTES);
        Instant candidate = minute.plusSeconds(17);
        return candidate.isAfter(after) ? candidate : candidate.plus(1, ChronoUnit.MINUTES);
    }

    /** How many attempts each node's sweeps reported moving. */
    private List<Long> movedPerNode() throws Exception {
        List<Long> moved = new ArrayList<>();
        for (PortalProcess node : nodes) {
            long n = 0;
            for (String line : node.logLinesWith("had no recorded outcome past the deadline")) {
                Matcher m = SWEPT.matcher(line);
                if (m.find()) {
                    n += Long.parseLong(m.group(1));
                }
            }
            moved.add(n);
        }
        return moved;
    }
}
