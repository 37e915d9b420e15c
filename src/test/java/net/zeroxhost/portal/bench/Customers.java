package net.zeroxhost.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.zeroxhost.portal.testsupport.PortalHttp;

/**
 * Customers of the stubbed benchmarks, signed up through the portal's own form as real ones are
 * (the portal must give new accounts a 0xhost user, {@code OXHOST_DEFAULT_USER_ID}), each with
 * one logged-in session at a time. A generator writing rows into the database would skip the
 * password hash, but it would also skip whatever the sign-up leaves in memory.
 */
final class Customers {

    private static final Pattern PLAN_LINK = Pattern.compile("checkout\\?plan=([0-9a-f-]{36})");
    /** Two at a time: the portal hashes one password per core at once and makes the rest wait. */
    private static final int AT_ONCE = 2;

    private final URI base;
    private final List<String> emails;
    private final List<PortalHttp> sessions;

    private Customers(URI base, List<String> emails, List<PortalHttp> sessions) {
        this.base = base;
        this.emails = emails;
        this.sessions = sessions;
    }

    /** The plans of the catalog in its order, as anyone sees them. */
    static List<String> planIds(URI base) throws IOException, InterruptedException {
        Matcher link = PLAN_LINK.matcher(new PortalHttp(base).get("plans").body());
        List<String> plans = new ArrayList<>();
        while (link.find()) {
            if (!plans.contains(link.group(1))) {
                plans.add(link.group(1));
            }
        }
        if (plans.isEmpty()) {
            throw new IllegalStateException("no plan in the catalog: run the portal with PORTAL_DEMO_DATA=true");
        }
        return plans;
    }

    /** Signs up {@code count} new customers and logs each in, in a session of its own. */
    static Customers signUp(URI base, String tag, int count) throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add("bench-" + tag + "-" + i + "@example.com");
        }
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<PortalHttp>> futures = new ArrayList<>();
            for (String email : emails) {
                futures.add(pool.submit(() -> {
                    HttpResponse<String> signedUp = new PortalHttp(base).signUp(email, password(email));
                    if (signedUp.statusCode() != 302) {
                        throw new IllegalStateException("the sign-up of " + email + " answered " + signedUp.statusCode());
                    }
                    return logIn(base, email);
                }));
            }
            List<PortalHttp> sessions = new ArrayList<>();
            for (Future<PortalHttp> f : futures) {
                sessions.add(f.get());
            }
            return new Customers(base, emails, sessions);
        } finally {
            pool.shutdownNow();
        }
    }

    int size() {
        return emails.size();
    }

    /** The customer's current session. */
    PortalHttp session(int customer) {
        return sessions.get(customer);
    }

    /** Logs the customer in anew, in a fresh session that becomes its current one. */
    PortalHttp logInAgain(int customer) throws IOException, InterruptedException {
        PortalHttp session = logIn(base, emails.get(customer));
        sessions.set(customer, session);
        return session;
    }

    /** Logs customers {@code from} (inclusive) to {@code to} (exclusive) in anew, two at a time. */
    void logInAgain(int from, int to) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<PortalHttp>> futures = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int customer = i;
                futures.add(pool.submit(() -> logInAgain(customer)));
            }
            for (Future<PortalHttp> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Logs every customer's current session out through the header's button, ending it on the server. */
    void logOutAll() throws IOException, InterruptedException {
        for (PortalHttp session : sessions) {
            logOut(session);
        }
    }

    /** Logs customers {@code from} to {@code to} (exclusive) out. */
    void logOut(int from, int to) throws IOException, InterruptedException {
        for (int i = from; i < to; i++) {
            logOut(sessions.get(i));
        }
    }

    private static void logOut(PortalHttp session) throws IOException, InterruptedException {
        int status = session.logOut().statusCode();
        if (status != 302 && status != 303) {
            throw new IllegalStateException("the log-out answered " + status);
        }
    }

    private static PortalHttp logIn(URI base, String email) throws IOException, InterruptedException {
        PortalHttp session = new PortalHttp(base);
        int status = session.login(email, password(email)).statusCode();
        if (status != 302) {
            throw new IllegalStateException("the log-in of " + email + " answered " + status);
        }
        return session;
    }

    private static String password(String email) {
        return "bench-password-" + Integer.toHexString(email.hashCode());
    }
}
