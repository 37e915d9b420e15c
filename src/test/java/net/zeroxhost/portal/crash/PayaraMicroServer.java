package net.zeroxhost.portal.crash;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The README run's server: Payara Micro started the way the Arquillian configuration starts it
 * (same jar, same pre-boot commands, Hazelcast off, loopback only), with the WAR at the root.
 */
final class PayaraMicroServer implements PortalServer {

    /** Where Payara Micro keeps the H2 it runs. */
    private static final String H2_IN_MICRO = "MICRO-INF/runtime/h2.jar";

    private final Path runDir;
    private final int port;
    private final Path microJar = Path.of(PortalServer.required("payara.microJar"));
    private final List<String> libraries;

    PayaraMicroServer(Path runDir, int port) {
        this(runDir, port, List.of());
    }

    /**
     * With server libraries, such as a JDBC driver, added as {@code --addlibs} (never inside the WAR),
     * after the URI guard's jar, which the pre-boot commands put on the listeners.
     */
    PayaraMicroServer(Path runDir, int port, List<Path> libraries) {
        this.runDir = runDir;
        this.port = port;
        this.libraries = List.of("--addlibs", Stream.concat(Stream.of(PortalServer.required("portal.uriGuardJar")),
                libraries.stream().map(Path::toString)).collect(Collectors.joining(":")));
    }

    @Override
    public String name() {
        return "Payara Micro";
    }

    @Override
    public PortalProcess start(String startName, Map<String, String> settings) throws IOException, InterruptedException {
        // A root directory per start: Payara Micro unpacks itself there, and a killed one leaves it behind.
        Path root = Files.createDirectories(runDir.resolve("payara-" + startName));
        Path log = runDir.resolve("server-" + startName + ".log");
        List<String> command = new ArrayList<>(List.of(
                PortalProcess.java(),
                "-jar", microJar.toString(),
                "--nohazelcast",
                "--disablephonehome",
                "--prebootcommandfile", PortalServer.required("portal.prebootCommands"),
                "--port", Integer.toString(port),
                "--contextroot", "/",
                "--deploy", PortalServer.required("portal.war"),
                "--rootdir", root.toString()));
        command.addAll(libraries);
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        return PortalProcess.launch(startName, command, root, settings, log, base, base.resolve("health/ready"));
    }

    @Override
    public String defaultH2Options() throws IOException {
        // The README run's URL, in the WAR's own defaults.
        String defaults = "/META-INF/microprofile-config.properties";
        try (InputStream in = PayaraMicroServer.class.getResourceAsStream(defaults)) {
            return PortalServer.h2OptionsIn(defaults, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Override
    public Path h2Jar() throws IOException {
        Path h2 = runDir.resolve("h2-of-payara-micro.jar");
        try (ZipFile micro = new ZipFile(microJar.toFile())) {
            ZipEntry entry = micro.getEntry(H2_IN_MICRO);
            if (entry == null) {
                throw new IllegalStateException(microJar + " has no " + H2_IN_MICRO);
            }
            try (InputStream in = micro.getInputStream(entry)) {
                Files.copy(in, h2, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return h2;
    }

}
