package net.zeroxhost.portal.crash;

import java.io.IOException;
import java.io.RandomAccessFile;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One start of the portal in its server: the server's JVM, which the test can kill with SIGKILL,
 * where its pages and its readiness are, and its log. Arquillian cannot do this: it owns its
 * container and does not survive the container's death.
 */
final class PortalProcess {

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(300);

    /** How the server is stopped normally, so that the database file is closed before the test reads it. */
    @FunctionalInterface
    interface Stop {
        void stop(PortalProcess process) throws IOException, InterruptedException;
    }

    private final String name;
    private final ProcessHandle jvm;
    private final Path log;
    private final long logFrom;
    private final URI base;
    private final Stop stop;
    private Duration bootTime;
    private Instant readyAt;

    PortalProcess(String name, ProcessHandle jvm, Path log, long logFrom, URI base, Stop stop) {
        this.name = name;
        this.jvm = jvm;
        this.log = log;
        this.logFrom = logFrom;
        this.base = base;
        this.stop = stop;
    }

    /**
     * Starts a server that is its own JVM (no shell in between), with exactly these settings in its
     * environment, and waits until it is ready. A normal stop is SIGTERM, which every server here
     * answers with an orderly shutdown.
     */
    static PortalProcess launch(String name, List<String> command, Path directory, Map<String, String> settings,
                                Path log, URI base, URI readiness) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        withSettingsOnly(builder, settings);
        long launched = System.nanoTime();
        Process process = builder.start();
        PortalProcess started = new PortalProcess(name, process.toHandle(), log, 0, base, PortalProcess::terminate);
        started.awaitReady(readiness, launched);
        return started;
    }

    /** The portal's settings and nothing inherited: every {@code OXHOST_*} and {@code PORTAL_*} variable is replaced. */
    static void withSettingsOnly(ProcessBuilder builder, Map<String, String> settings) {
        builder.environment().keySet().removeIf(key -> key.startsWith("OXHOST_") || key.startsWith("PORTAL_"));
        builder.environment().putAll(settings);
    }

    /** The JVM the tests run in: each server runs on the same Java. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Waits until the portal serves its login page and its readiness names the database; fails at
     * once if the server's JVM dies meanwhile.
     */
    void awaitReady(URI readiness, long launchedNanos) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = launchedNanos + BOOT_TIMEOUT.toNanos();
        try {
            while (true) {
                if (!jvm.isAlive()) {
                    throw new IllegalStateException(name + ": the server's JVM exited while starting; see " + log);
                }
                if (answers(http, readiness, "\"database\"") && answers(http, base.resolve("login"), "")) {
                    bootTime = Duration.ofNanos(System.nanoTime() - launchedNanos);
                    readyAt = Instant.now();
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + ": not ready within " + BOOT_TIMEOUT + "; see " + log);
                }
                // Polling a condition, not waiting for luck: the next look comes a quarter second later.
                TimeUnit.MILLISECONDS.sleep(250);
            }
        } catch (InterruptedException | RuntimeException e) {
            jvm.destroyForcibly();
            throw e;
        }
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
     * database file is left as the process had written it. The process killed is the server's JVM
     * itself, and it has no child that could keep the database open.
     */
    void kill() throws InterruptedException {
        String command = jvm.info().command().orElse("");
        if (!command.endsWith("/java") || jvm.descendants().findAny().isPresent()) {
            throw new IllegalStateException("pid " + jvm.pid() + " is not the server's JVM alone: " + command);
        }
        jvm.destroyForcibly(); // SIGKILL on Linux
        awaitExit(Duration.ofSeconds(30), "survived SIGKILL");
    }

    /** A normal stop, so that the database file is closed before the test reads it. */
    void stop() throws IOException, InterruptedException {
        stop.stop(this);
        if (jvm.isAlive()) {
            kill();
        }
    }

    /** SIGTERM, and the wait for the orderly shutdown it starts. */
    static void terminate(PortalProcess process) throws InterruptedException {
        process.jvm.destroy();
        process.awaitExit(Duration.ofSeconds(90), "did not stop within 90 s of SIGTERM");
    }

    private void awaitExit(Duration timeout, String otherwise) throws InterruptedException {
        try {
            jvm.onExit().get(timeout.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("pid " + jvm.pid() + " " + otherwise);
        }
    }

    boolean isAlive() {
        return jvm.isAlive();
    }

    /** How many lines this start wrote to the server's log contain the text. */
    long logLines(String text) throws IOException {
        return logLinesWith(text).size();
    }

    /** The lines this start wrote to the server's log that contain the text. */
    List<String> logLinesWith(String text) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            // A log rotated meanwhile is read whole.
            long from = file.length() >= logFrom ? logFrom : 0;
            byte[] written = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(written);
            // Latin-1 reads any byte: a log line is not guaranteed to be UTF-8.
            return new String(written, StandardCharsets.ISO_8859_1).lines().filter(line -> line.contains(text)).toList();
        }
    }

    /** Where the log ends now: a start that appends to an existing log counts from here. */
    static long logEnd(Path log) throws IOException {
        return Files.exists(log) ? Files.size(log) : 0;
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
}
