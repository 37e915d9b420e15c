package net.zeroxhost.portal.testsupport;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a flood of wrong-password logins does to a signed-in customer's pages: the catalog read
 * one page after the other, first alone (the reference), then while {@code flooders} clients post
 * failed logins as fast as they are answered. Against a running portal with the demo data:
 * <pre>
 * java -cp target/test-classes net.zeroxhost.portal.testsupport.LoginFlood http://127.0.0.1:8080/ 15 32
 * </pre>
 * (base URL, seconds per window, flooding clients). Run it against the portal with its hash
 * bound and again with {@code PORTAL_LOGIN_MAX_CONCURRENT_HASHES=1000} to see what the bound buys.
 * From one address the login throttle refuses the flood before any hash after its first few
 * failures; to measure the hash bound (what a flood from many addresses meets), lift it with
 * {@code PORTAL_LOGIN_THROTTLE_FREE_PER_ACCOUNT_AND_ADDRESS=100000}, {@code
 * PORTAL_LOGIN_THROTTLE_FREE_PER_ACCOUNT=100000} and {@code PORTAL_LOGIN_THROTTLE_FREE_PER_ADDRESS=100000}.
 */
public final class LoginFlood {

    private LoginFlood() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int flooders = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        PortalHttp reader = new PortalHttp(base);
        if (reader.login("alice@example.com", "alice-demo-password").statusCode() != 302) {
            throw new IllegalStateException("the demo customer could not log in");
        }
        read(reader, 2);
        List<Long> alone = read(reader, seconds);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger checked = new AtomicInteger();
        ExecutorService flood = Executors.newFixedThreadPool(flooders);
        for (int i = 0; i < flooders; i++) {
            flood.submit(() -> {
                PortalHttp attacker = new PortalHttp(base);
                while (!stop.get()) {
                    String body = attacker.login("alice@example.com", "guess-" + System.nanoTime()).body();
                    (body.contains("Too many logins") ? refused : checked).incrementAndGet();
                }
                return null;
            });
        }
        List<Long> flooded;
        try {
            flooded = read(reader, seconds);
        } finally {
            stop.set(true);
            flood.shutdown();
            flood.awaitTermination(2, TimeUnit.MINUTES);
        }
        System.out.printf(Locale.ROOT, "catalog alone: p50 %d ms, p95 %d ms (%d reads); during %d flooding clients: p50 %d ms, p95 %d ms (%d reads);"
                        + " ratio p50 %.2f, p95 %.2f; failed logins checked %d, refused as busy %d%n",
                Percentile.of(alone, 50), Percentile.of(alone, 95), alone.size(), flooders,
                Percentile.of(flooded, 50), Percentile.of(flooded, 95), flooded.size(),
                (double) Percentile.of(flooded, 50) / Percentile.of(alone, 50),
                (double) Percentile.of(flooded, 95) / Percentile.of(alone, 95), checked.get(), refused.get());
    }

    private static List<Long> read(PortalHttp reader, int seconds) throws Exception {
        List<Long> millis = new ArrayList<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            long started = System.nanoTime();
            HttpResponse<String> page = reader.get("plans");
            millis.add((System.nanoTime() - started) / 1_000_000);
            if (page.statusCode() != 200) {
                throw new IllegalStateException("the catalog answered " + page.statusCode());
            }
        }
        return millis;
    }
}
