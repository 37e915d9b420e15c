package net.zeroxhost.portal.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster from Debian's postgresql package, on 127.0.0.1 only, for the
 * integration tests that run the portal on PostgreSQL. Made fresh for each test run in a temporary
 * folder, stopped and deleted at its end. As root (CI), the server runs as the postgres user: PostgreSQL
 * refuses to run as root.
 */
final class PostgresForTests {

    static final String DATABASE = "portal";
    static final String USER = "portal";
    static final String PASSWORD = "portal-it-password";

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;
    private Path workDir;

    private PostgresForTests(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
    }

    /** Creates and starts the cluster and the portal's database and user. */
    static PostgresForTests start(Path workDir, int port) throws IOException, InterruptedException {
        PostgresForTests pg = new PostgresForTests(findBinaries(), workDir.resolve("data"), port);
        pg.create(workDir);
        return pg;
    }

    private void create(Path workDir) throws IOException, InterruptedException {
        this.workDir = workDir;
        Files.createDirectories(workDir);
        if (asPostgresUser) {
            run("chown", "-R", "postgres:postgres", workDir.toString());
        }
        Path passwordFile = workDir.resolve("superuser-password");
        Files.writeString(passwordFile, PASSWORD);
        if (asPostgresUser) {
            run("chown", "postgres:postgres", passwordFile.toString());
        }
        pgRun(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", USER, "--pwfile=" + passwordFile,
                "-A", "scram-sha-256", "-E", "UTF8", "--no-locale");
        pgRun(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-t", "60",
                "-l", workDir.resolve("server.log").toString(),
                "-o", "-c listen_addresses=127.0.0.1 -c port=" + port + " -c unix_socket_directories='" + workDir + "'",
                "start");
        pgRun(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER, DATABASE);
    }

    void stop() throws IOException, InterruptedException {
        pgRun(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop");
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    private void pgRun(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static Path findBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("PostgreSQL is not installed (Debian: apt-get install postgresql)");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("no initdb under " + root));
        }
    }
}
