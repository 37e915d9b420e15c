package net.zeroxhost.portal.testsupport;

/**
 * The JUnit tags the pom selects integration tests by, per server and database, instead of
 * matching file names.
 */
public final class TestTags {

    /** Needs a server started without an API key, where the built-in sandbox answers. */
    public static final String SANDBOX = "sandbox";
    /** Exercises persistence and the invoice service, so it also runs on PostgreSQL. */
    public static final String PERSISTENCE = "persistence";
    /**
     * Starts, kills and restarts a server of its own (no Arquillian): its own failsafe execution,
     * left out of the others.
     */
    public static final String CRASH = "crash";
    /**
     * Starts two Payara Micro nodes of its own on one PostgreSQL (no Arquillian): run by the Payara
     * Micro crash execution, which starts that PostgreSQL, and left out of the others.
     */
    public static final String NODES = "nodes";
    /** Needs the server's TLS listener: on Payara Micro an execution of its own that switches it on. */
    public static final String TLS = "tls";

    private TestTags() {
    }
}
