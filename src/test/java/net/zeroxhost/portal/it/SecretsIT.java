package net.zeroxhost.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javax.sql.DataSource;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.account.AccountService;
import net.zeroxhost.portal.account.Role;
import net.zeroxhost.portal.invoice.InvoiceService;
import net.zeroxhost.portal.platform.Database;
import net.zeroxhost.portal.testsupport.Deployments;
import net.zeroxhost.portal.testsupport.LogCapture;
import net.zeroxhost.portal.testsupport.TestPlans;
import net.zeroxhost.portal.testsupport.TestTags;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the portal keeps of its two secrets, read where they end up, in the container: the stored
 * form of a password (ASVS V2.4), and the 0xhost API key in the log (V7.1.1), at every level.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(TestTags.PERSISTENCE)
class SecretsIT {

    /**
     * Everything that takes part in an invoice call and could log it: the portal, the REST client
     * of either server, the JDK's HTTP connection (which dumps request headers at FINE), Apache's
     * HTTP client (headers at DEBUG), the config sources the key is read from, and the persistence
     * layer that stores the attempt.
     */
    private static final String[] LOGGERS = {
        "net.zeroxhost", "org.glassfish.jersey", "sun.net.www.protocol.http", "jdk.internal.httpclient",
        "org.apache.http", "org.jboss.resteasy", "io.smallrye", "fish.payara", "org.eclipse.persistence",
        "org.hibernate", "org.wildfly", "org.jboss.as"
    };

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(SecretsIT.class, TestPlans.class, LogCapture.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    InvoiceService invoices;

    @Inject
    TestPlans plans;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Test
    void aPasswordIsStoredAsPbkdf2WithSha256_600000IterationsAndA32ByteSalt() throws Exception {
        String email = "hash-" + UUID.randomUUID() + "@example.com";
        String password = "a-long-password-" + UUID.randomUUID();
        Account account = accounts.signUp(email, password).orElseThrow();

        String stored = storedHash(account.getId());
        // Jakarta Security's format: algorithm:iterations:base64(salt):base64(hash).
        String[] parts = stored.split(":");
        assertEquals(4, parts.length, stored);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals(600_000, Integer.parseInt(parts[1]));
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "hash bytes");
        assertFalse(stored.contains(password));

        String again = "hash-again-" + UUID.randomUUID() + "@example.com";
        String secondSalt = storedHash(accounts.signUp(again, password).orElseThrow().getId()).split(":")[2];
        assertNotEquals(parts[2], secondSalt, "each hash has its own salt");
    }

    /** The password column as the database holds it. */
    private String storedHash(Object accountId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement read = c.prepareStatement("select password_hash from account where id = ?")) {
            read.setObject(1, accountId);
            try (ResultSet rs = read.executeQuery()) {
                assertTrue(rs.next(), "no account " + accountId);
                return rs.getString(1);
            }
        }
    }

    @Test
    void theApiKeyIsInNoLogRecordAtAnyLevel() throws Exception {
        String apiKey = ConfigProvider.getConfig().getValue("oxhost.api-key", String.class);
        List<Runnable> restore = new ArrayList<>();
        for (String name : LOGGERS) {
            Logger logger = Logger.getLogger(name);
            Level before = logger.getLevel();
            logger.setLevel(Level.ALL);
            restore.add(() -> logger.setLevel(before));
        }
        List<LogRecord> records;
        try (LogCapture capture = LogCapture.of("")) {
            records = capture.records();
            Account customer = accounts.ensure("logs-" + UUID.randomUUID() + "@example.com", "a-long-password-123",
                    Role.CUSTOMER, UUID.randomUUID().toString());
            // One of each outcome: open, refused by 0xhost, garbage (unknown), a server error.
            for (String server : new String[] {"srv-ok-" + UUID.randomUUID(), "srv-false", "srv-garbage", "srv-500"}) {
                invoices.requestInvoice(customer.getId(), plans.forServer(server).getId(), UUID.randomUUID().toString());
            }
        } finally {
            restore.forEach(Runnable::run);
        }

        String seen = records.size() + " records, from "
                + records.stream().map(r -> r.getLoggerName() + "@" + r.getLevel()).distinct().sorted().toList();
        assertTrue(records.stream().anyMatch(r -> r.getLevel().intValue() < Level.INFO.intValue()),
                "the capture saw records below INFO, so the levels were open: " + seen);
        SimpleFormatter formatter = new SimpleFormatter();
        for (LogRecord record : records) {
            String line = formatter.format(record);
            assertFalse(line.contains(apiKey), "the API key in a " + record.getLevel() + " record of " + record.getLoggerName());
        }
        System.out.println("SecretsIT: " + seen);
    }
}
