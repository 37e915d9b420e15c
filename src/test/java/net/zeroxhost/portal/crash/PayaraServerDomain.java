package net.zeroxhost.portal.crash;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Payara Server domain that pre-integration-test configured with server-config/payara (the one
 * the Arquillian runs use, stopped again when they are done), started with {@code asadmin
 * start-domain} as an operator would. The portal is deployed once, as {@code portal-crash}; each
 * later start deploys it again from the domain's own record, which is what a restart after a crash
 * does. The settings reach the domain through its environment, which MicroProfile Config ranks
 * above the domain's own properties.
 */
final class PayaraServerDomain implements PortalServer {

    static final String APPLICATION = "portal-crash";
    private static final String DOMAIN = "domain1";

    private final Path runDir;
    private final Path home = Path.of(PortalServer.required("portal.payaraHome"));
    private final Path domain = home.resolve("glassfish/domains").resolve(DOMAIN);
    private final int httpPort = Integer.getInteger("it.payara.http-port", 8080);
    private boolean deployed;

    PayaraServerDomain(Path runDir) {
        this.runDir = runDir;
    }

    @Override
    public String name() {
        return "Payara Server";
    }

    @Override
    public PortalProcess start(String startName, Map<String, String> settings) throws IOException, InterruptedException {
        Path log = domain.resolve("logs/server.log");
        long logFrom = PortalProcess.logEnd(log);
        long launched = System.nanoTime();
        asadmin(startName, settings, "start-domain", DOMAIN);
        // start-domain returns once the domain is up and leaves its JVM behind, detached: the pid file names it.
        long pid = Long.parseLong(Files.readString(domain.resolve("config/pid"), StandardCharsets.US_ASCII).strip());
        ProcessHandle jvm = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        if (!deployed) {
            // --force: a run that failed half-way may have left it deployed.
            asadmin(startName, Map.of(), "deploy", "--force=true", "--name", APPLICATION,
                    "--contextroot", "/" + APPLICATION, PortalServer.required("portal.war"));
            deployed = true;
        }
        PortalProcess started = new PortalProcess(startName, jvm, log, logFrom,
                URI.create("http://127.0.0.1:" + httpPort + "/" + APPLICATION + "/"), this::undeployAndStop);
        started.awaitReady(URI.create("http://127.0.0.1:" + httpPort + "/health/ready"), launched);
        return started;
    }

    /** The domain is left as the Arquillian runs expect it: without the crash test's application. */
    private void undeployAndStop(PortalProcess process) throws IOException, InterruptedException {
        asadmin("stop", Map.of(), "undeploy", APPLICATION);
        asadmin("stop", Map.of(), "stop-domain", DOMAIN);
    }

    private void asadmin(String startName, Map<String, String> settings, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        Path output = runDir.resolve("asadmin-" + startName + "-" + arguments[0] + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(runDir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        // start-domain hands its environment to the domain's JVM.
        PortalProcess.withSettingsOnly(builder, settings);
        Process asadmin = builder.start();
        if (!asadmin.waitFor(300, TimeUnit.SECONDS)) {
            asadmin.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " did not return; see " + output);
        }
        if (asadmin.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed: "
                    + Files.readString(output, StandardCharsets.ISO_8859_1));
        }
    }

    @Override
    public String defaultH2Options() throws IOException {
        Path script = Path.of(System.getProperty("basedir", "."), "server-config/payara/configure.sh");
        return PortalServer.h2OptionsIn(script.toString(), Files.readString(script));
    }

    @Override
    public Path h2Jar() {
        return home.resolve("h2db/bin/h2.jar");
    }

    @Override
    public String databasePassword() {
        // The password alias portal.db.password that the pom has configure.sh store.
        return PortalServer.required("it.payara.db-password");
    }
}
