package net.zeroxhost.portal.crash;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of server the crash test runs the packaged portal in, started the way its operator's
 * configuration says (server-config/), as a process the test can kill with SIGKILL and start
 * again on the same database. Chosen by the failsafe execution with {@code -Dit.crash.server}.
 */
interface PortalServer {

    /** For the report and for messages: "Payara Micro", "Payara Server", "WildFly". */
    String name();

    /**
     * Starts the portal with exactly these settings in the server's environment (every inherited
     * {@code OXHOST_*} and {@code PORTAL_*} variable is dropped first) and waits until it serves
     * pages and reports its database ready.
     */
    PortalProcess start(String startName, Map<String, String> settings) throws IOException, InterruptedException;

    /**
     * The options of this server's default H2 URL, as its configuration gives them
     * ({@code ;WRITE_DELAY=0} among them): the test's own file gets the same.
     */
    String defaultH2Options() throws IOException;

    /** The H2 engine this server runs, to read the file with the engine that wrote it. */
    Path h2Jar() throws IOException;

    /** The database user the server's default configuration connects with. */
    default String databaseUser() {
        return "portal";
    }

    /** Its password: the embedded H2 file's default, in the WAR's defaults and configure.cli alike. */
    default String databasePassword() {
        return "portal-embedded";
    }

    static PortalServer fromSystemProperties(Path runDir, int httpPort) {
        String kind = System.getProperty("it.crash.server", "payara-micro");
        return switch (kind) {
            case "payara-micro" -> new PayaraMicroServer(runDir, httpPort);
            case "payara-server" -> new PayaraServerDomain(runDir);
            case "wildfly" -> new WildFlyServer(runDir, httpPort);
            default -> throw new IllegalArgumentException("it.crash.server=" + kind
                    + ": payara-micro, payara-server or wildfly");
        };
    }

    /** A system property failsafe sets for the crash executions (see the pom). */
    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (failsafe sets it; see the pom)");
        }
        return value;
    }

    /**
     * The options ({@code ;KEY=value...}) of the first H2 file URL in an operator's file, so that
     * the test reads them where an operator would, and fails if they go missing there.
     */
    static String h2OptionsIn(String where, String text) {
        Matcher url = Pattern.compile("jdbc:h2:file:[^;\"\\s]*((?:;[A-Z_]+=[^;\"}\\s]*)*)").matcher(text);
        if (!url.find()) {
            throw new IllegalStateException("no H2 file URL in " + where);
        }
        return url.group(1);
    }
}
