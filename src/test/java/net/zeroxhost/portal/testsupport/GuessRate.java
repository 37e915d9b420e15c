package net.zeroxhost.portal.testsupport;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/**
 * How many password guesses at one account the portal checks in a given time, from one address,
 * for an attacker who retries the moment it is refused. Against a running portal with the demo
 * data (the README run):
 * <pre>
 * java -cp target/test-classes net.zeroxhost.portal.testsupport.GuessRate http://127.0.0.1:8080/ 60
 * </pre>
 * (base URL, seconds). Guesses at {@code alice@example.com}; afterwards that account is closed to
 * this address for up to the throttle's longest delay.
 */
public final class GuessRate {

    private GuessRate() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int checked = 0;
        int refused = 0;
        long firstRefusalMs = -1;
        long started = System.nanoTime();
        PortalHttp http = new PortalHttp(base);
        while (System.nanoTime() < end) {
            String body = http.login("alice@example.com", "guess-" + UUID.randomUUID()).body();
            if (body.contains("Wrong email or password")) {
                checked++;
            } else if (body.contains("Too many failed logins")) {
                refused++;
                if (firstRefusalMs < 0) {
                    firstRefusalMs = (System.nanoTime() - started) / 1_000_000;
                }
            } else {
                throw new IllegalStateException("neither checked nor refused: " + body);
            }
        }
        System.out.printf(Locale.ROOT, "guesses at one account from one address in %d s: %d checked, %d refused"
                + " (first refusal after %d ms)%n", seconds, checked, refused, firstRefusalMs);
    }
}
