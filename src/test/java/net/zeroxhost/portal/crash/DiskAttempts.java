package net.zeroxhost.portal.crash;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The invoice attempts as they are in the portal's H2 file, read while no server has it open
 * (after a kill, or after a stop): what survived, not what a live server holds in memory.
 *
 * <p>Read with the H2 that the server under test itself runs ({@link PortalServer#h2Jar}), so that
 * the file is read by the engine that wrote it; read-only, so that the next start finds the file exactly as the
 * killed server left it, recovery included.
 */
final class DiskAttempts implements AutoCloseable {

    /** What 0xhost returned, as stored: an OPEN invoice's terms must come through a crash unchanged. */
    record Terms(String trackId, String orderId, String amount, String currency, String payAmount, String payCurrency,
                 String network, String address, Instant expiredAt) {
    }

    record Row(String id, String email, String plan, String state, Instant requestedAt, Instant completedAt,
               String failureReason, Terms terms) {
    }

    private final URLClassLoader loader;
    private final Driver driver;
    private final String url;
    private final Properties credentials = new Properties();

    /**
     * @param h2       the H2 jar of the server that wrote the file
     * @param database the H2 file's base name, as in {@code jdbc:h2:file:<database>}
     */
    DiskAttempts(Path h2, Path database, String user, String password) throws IOException, ReflectiveOperationException {
        // The platform loader as parent: java.sql from the JDK, H2 from that jar and nowhere else.
        this.loader = new URLClassLoader(new URL[] {h2.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        this.driver = (Driver) Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
        this.url = "jdbc:h2:file:" + database + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
    }

    List<Row> read() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = driver.connect(url, credentials); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select a.id, u.email, p.name, a.state, a.requested_at, a.completed_at, a.failure_reason,
                            a.track_id, a.order_id, a.amount, a.currency, a.pay_amount, a.pay_currency,
                            a.network, a.address, a.expired_at
                     from invoice_attempt a join account u on u.id = a.account_id join plan p on p.id = a.plan_id
                     order by a.requested_at, a.id""")) {
            while (rs.next()) {
                Terms terms = rs.getString("track_id") == null ? null : new Terms(rs.getString("track_id"),
                        rs.getString("order_id"), rs.getString("amount"), rs.getString("currency"),
                        rs.getString("pay_amount"), rs.getString("pay_currency"), rs.getString("network"),
                        rs.getString("address"), instant(rs, "expired_at"));
                rows.add(new Row(rs.getString("id"), rs.getString("email"), rs.getString("name"), rs.getString("state"),
                        instant(rs, "requested_at"), instant(rs, "completed_at"), rs.getString("failure_reason"), terms));
            }
        }
        return rows;
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
