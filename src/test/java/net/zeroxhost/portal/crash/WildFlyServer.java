package net.zeroxhost.portal.crash;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * The unpacked WildFly that pre-integration-test configured with server-config/wildfly, run on a
 * server base directory of the test's own (a copy of its configuration, the WAR in the deployment
 * scanner's folder), so that the Arquillian runs' data stays apart. The command is what
 * WildFly's own launcher library builds (the one Arquillian uses), run as the JVM itself: no
 * standalone.sh in between that a SIGKILL would hit instead.
 */
final class WildFlyServer implements PortalServer {

    private static final int HTTP = 8080;
    private static final int MANAGEMENT = 9990;

    private final Path home = Path.of(PortalServer.required("it.wildfly.home"));
    private final Path base;
    private final int offset;

    WildFlyServer(Path runDir, int httpPort) {
        this.base = runDir.toAbsolutePath().resolve("wildfly-standalone");
        this.offset = httpPort - HTTP;
    }

    @Override
    public String name() {
        return "WildFly";
    }

    @Override
    public PortalProcess start(String startName, Map<String, String> settings) throws IOException, InterruptedException {
        if (!Files.exists(base)) {
            // As an operator's server: configured once, the WAR deployed once; every start finds what the last one left.
            copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
            Files.createDirectories(base.resolve("deployments"));
            Files.copy(Path.of(PortalServer.required("portal.war")), base.resolve("deployments/portal.war"));
        }
        List<String> command = StandaloneCommandBuilder.of(home)
                .setJavaHome(Path.of(System.getProperty("java.home")))
                .setBaseDirectory(base)
                .setServerConfiguration("standalone.xml")
                .addJavaOptions("-Xms128m", "-Xmx768m", "-Djboss.socket.binding.port-offset=" + offset)
                .build();
        Path log = base.resolve("console-" + startName + ".log");
        return PortalProcess.launch(startName, command, base, settings, log,
                URI.create("http://127.0.0.1:" + (HTTP + offset) + "/portal/"),
                // MicroProfile Health is on the management interface on WildFly.
                URI.create("http://127.0.0.1:" + (MANAGEMENT + offset) + "/health/ready"));
    }

    @Override
    public String defaultH2Options() throws IOException {
        Path cli = Path.of(System.getProperty("basedir", "."), "server-config/wildfly/configure.cli");
        return PortalServer.h2OptionsIn(cli.toString(), Files.readString(cli));
    }

    @Override
    public Path h2Jar() throws IOException {
        Path module = home.resolve("modules/system/layers/base/com/h2database/h2/main");
        try (Stream<Path> jars = Files.list(module)) {
            return jars.filter(p -> p.getFileName().toString().matches("h2-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no H2 jar in " + module));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
