package net.zeroxhost.portal.testsupport;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Whether a failed login's answer time tells if the email has an account: wrong passwords for a
 * known email and for unknown emails, interleaved so that both meet the same machine load, and
 * their medians compared. Against a running portal with the demo data and the login throttle
 * lifted (it would refuse these wrong passwords after the first few, without a hash):
 * <pre>
 * PORTAL_LOGIN_THROTTLE_FREE_PER_ACCOUNT_AND_ADDRESS=100000 PORTAL_LOGIN_THROTTLE_FREE_PER_ACCOUNT=100000 \
 *   PORTAL_LOGIN_THROTTLE_FREE_PER_ADDRESS=100000 mvn package payara-micro:start
 * java -cp target/test-classes net.zeroxhost.portal.testsupport.LoginTiming http://127.0.0.1:8080/ 30
 * </pre>
 */
public final class LoginTiming {

    private LoginTiming() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < rounds + 3; i++) {
            long k = failedLogin(base, "alice@example.com");
            long u = failedLogin(base, "nobody-" + UUID.randomUUID() + "@example.com");
            if (i >= 3) { // the first rounds warm the server up
                known.add(k);
                unknown.add(u);
            }
        }
        long knownMedian = Percentile.of(known, 50);
        long unknownMedian = Percentile.of(unknown, 50);
        System.out.printf(Locale.ROOT, "failed logins, %d each: known email median %d ms (p95 %d), unknown email median %d ms (p95 %d); unknown/known %.2f%n",
                rounds, knownMedian, Percentile.of(known, 95), unknownMedian, Percentile.of(unknown, 95),
                (double) unknownMedian / knownMedian);
    }

    /** The milliseconds of one login: the form's GET (the same for both) and its POST. */
    private static long failedLogin(URI base, String email) throws Exception {
        PortalHttp http = new PortalHttp(base);
        long started = System.nanoTime();
        var answer = http.login(email, "not-the-password-" + UUID.randomUUID());
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (answer.statusCode() == 302) {
            throw new IllegalStateException("a wrong password logged in");
        }
        if (answer.body().contains("Too many failed logins")) {
            throw new IllegalStateException("the login throttle refused a login: start the portal with it lifted (see the class comment)");
        }
        return millis;
    }
}
