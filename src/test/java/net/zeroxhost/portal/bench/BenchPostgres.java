package net.zeroxhost.portal.bench;

import java.nio.file.Path;
import net.zeroxhost.portal.testsupport.PostgresForTests;

/**
 * PostgreSQL for {@code scripts/audit-benchmark}: the tests' own cluster (the binaries from the
 * Maven Central jar), started in {@code dir} on 127.0.0.1:{@code port}; prints READY, and stops
 * the cluster when this process is told to stop.
 *
 * <pre>java … BenchPostgres dir port</pre>
 */
public final class BenchPostgres {

    private BenchPostgres() {
    }

    public static void main(String[] args) throws Exception {
        PostgresForTests postgres = PostgresForTests.start(Path.of(args[0]), Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.stop();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        System.out.println("READY " + PostgresForTests.jdbcUrl(Integer.parseInt(args[1])));
        Thread.currentThread().join();
    }
}
