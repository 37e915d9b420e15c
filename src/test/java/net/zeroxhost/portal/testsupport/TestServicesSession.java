package net.zeroxhost.portal.testsupport;

import java.nio.file.Files;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the portal under test talks to, once per integration-test run and before any server
 * boots: the 0xhost stand-in, and for the PostgreSQL run a PostgreSQL cluster. Only failsafe sets
 * {@code it.oxhost.port} (and {@code it.postgres.port}), so unit test runs start nothing.
 */
public class TestServicesSession implements LauncherSessionListener {

    private PostgresForTests postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // Blank in the crash test's execution, which brings stand-ins of its own.
        if (!System.getProperty("it.oxhost.port", "").isBlank()) {
            OxhostStub.start();
        }
        String postgresPort = System.getProperty("it.postgres.port");
        if (postgresPort != null) {
            try {
                // Under the system temp folder: the postgres user must reach it, whatever the checkout's path.
                postgres = PostgresForTests.start(Files.createTempDirectory("portal-it-postgres"),
                        Integer.parseInt(postgresPort));
            } catch (Exception e) {
                throw new IllegalStateException("could not start PostgreSQL for the tests", e);
            }
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        OxhostStub.stop();
        if (postgres != null) {
            try {
                postgres.stop();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the tests' PostgreSQL", e);
            }
        }
    }
}
