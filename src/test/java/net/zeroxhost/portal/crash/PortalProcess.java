package net.zeroxhost.portal.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged WAR in a Payara Micro of its own, started as a child process of the test JVM the way
 * the Arquillian configuration starts it (same jar, same pre-boot commands, Hazelcast off, loopback
 * only), so that the test can kill it with SIGKILL and start it again on the same database.
 * Arquillian cannot do this: it owns its container and does not survive the container's death.
 */
final class PortalProcess {

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(240);

    private final String name;
    private final Process process;
    private final Path log;
    private final URI base;
    private final Duration bootTime;
    private final Instant readyAt;

    private PortalProcess(String name, Process process, Path log, URI base, Duration bootTime, Instant readyAt) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.base = base;
        this.bootTime = bootTime;
        this.readyAt = readyAt;
    }

    /**
     * Starts the portal with exactly this environment for the settings it reads (every inherited
     * {@code OXHOST_*} and {@code PORTAL_*} variable is dropped first) and waits until it serves
     * pages and reports its database ready.
     */
    static PortalProcess start(String name, Path runDir, int port, Map<String, String> settings)
            throws IOException, InterruptedException {
        // A root directory per start: Payara Micro unpacks itself there, and a killed one leaves it behind.
        Path root = Files.createDirectories(runDir.resolve("payara-" + name));
        Path log = runDir.resolve("server-" + name + ".log");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", required("payara.microJar"),
                "--nohazelcast",
                "--disablephonehome",
                "--prebootcommandfile", required("portal.prebootCommands"),
                "--port", Integer.toString(port),
                "--contextroot", "/",
                "--deploy", required("portal.war"),
                "--rootdir", root.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("OXHOST_") || key.startsWith("PORTAL_"));
        builder.environment().putAll(settings);
        long launched = System.nanoTime();
        Process process = builder.start();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        try {
            awaitReady(process, base, log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        return new PortalProcess(name, process, log, base, Duration.ofNanos(System.nanoTime() - launched), Instant.now());
    }

    private static void awaitReady(Process process, URI base, Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + " while starting; see " + log);
            }
            if (answers(http, base.resolve("health/ready"), "\"database\"") && answers(http, base.resolve("login"), "")) {
                return;
            }
            // Polling a condition, not waiting for luck: the next look comes a quarter second later.
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("Payara Micro not ready within " + BOOT_TIMEOUT + "; see " + log);
    }

    private static boolean answers(HttpClient http, URI uri, String mustContain) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 && response.body().contains(mustContain);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@code kill -9}: no shutdown hook, no connection pool closed, no transaction finished; the
     * database file is left as the process had written it. The process is the JVM itself (it is
     * started without a shell), and it has no child that could keep the database open.
     */
    void kill() throws InterruptedException {
        String command = process.info().command().orElse("");
        if (!command.endsWith("/java") || process.descendants().findAny().isPresent()) {
            throw new IllegalStateException("pid " + process.pid() + " is not the server's JVM alone: " + command);
        }
        process.destroyForcibly(); // SIGKILL on Linux
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("pid " + process.pid() + " survived SIGKILL");
        }
    }

    /** A normal stop (SIGTERM), so that the database file is closed before the test reads it. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** How many lines of the server's log contain the text. */
    long logLines(String text) throws IOException {
        // Latin-1 reads any byte: a log line is not guaranteed to be UTF-8.
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    String name() {
        return name;
    }

    URI base() {
        return base;
    }

    Duration bootTime() {
        return bootTime;
    }

    Instant readyAt() {
        return readyAt;
    }

    Path log() {
        return log;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (failsafe sets it; see the pom)");
        }
        return value;
    }
}
