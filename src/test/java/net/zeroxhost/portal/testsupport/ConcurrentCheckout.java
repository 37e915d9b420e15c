package net.zeroxhost.portal.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Many customers confirming their checkout at one moment, each in a session of its own: signs up
 * {@code n} fresh customers (the sandbox, or a configured default 0xhost user, activates them),
 * logs each in with its own cookie jar, opens each one's checkout page, then releases every
 * confirm POST at once and follows each redirect to where it ends. An integration test asserts on
 * the {@link Outcome}s, e.g. that every one of them is a payment page and none is a 403.
 *
 * <p>New customers can buy only with a 0xhost user: run the portal with the sandbox (no API key)
 * or with {@code OXHOST_DEFAULT_USER_ID} set, otherwise the checkout page has no form and
 * {@link #run} fails before the confirms.
 *
 * <p>Also runnable on its own against a running portal (it needs nothing but the JDK):
 * <pre>
 * javac -d /tmp/race-cls src/test/java/net/zeroxhost/portal/testsupport/{PortalHttp,AtOnce,ConcurrentCheckout}.java
 * java -cp /tmp/race-cls net.zeroxhost.portal.testsupport.ConcurrentCheckout http://127.0.0.1:8790/ 20 3
 * </pre>
 * (base URL, customers, rounds); it prints every customer's outcome and a count per round.
 */
public final class ConcurrentCheckout {


    /**
     * Where one customer ended: normally the confirm POST and the redirect after it; a customer
     * whose checkout page itself was refused ({@code stage} "checkout page") never confirms.
     */
    public record Outcome(String email, String stage, int confirmStatus, String confirmLocation, int finalStatus,
                          String finalPath, boolean forbiddenPage, boolean paymentsPaused, long millis) {

        /** The payment page of an invoice: what every confirm should lead to. */
        public boolean isInvoice() {
            return finalStatus == 200 && finalPath != null && finalPath.contains("invoice?id=") && !forbiddenPage;
        }

        @Override
        public String toString() {
            return email + " [" + stage + "]: POST " + confirmStatus + (confirmLocation == null ? "" : " -> " + confirmLocation)
                    + " | final " + finalStatus + " " + finalPath + (forbiddenPage ? " [403 page 'may not open']" : "")
                    + (paymentsPaused ? " [payments paused]" : "")
                    + " (" + millis + " ms)";
        }
    }

    /** A customer, signed up and logged in, with its checkout page open (or the refusal of that page). */
    public record Ready(String email, PortalHttp http, String checkoutPath, Map<String, String> form, Outcome refused) {
    }

    private final URI base;

    public ConcurrentCheckout(URI base) {
        this.base = base;
    }

    /**
     * Signs up and logs in {@code n} new customers (in parallel, as they would arrive), opens
     * their checkout pages, and confirms all of them at the same moment.
     */
    public List<Outcome> run(int n) throws Exception {
        List<Ready> prepared = prepare(n);
        List<Outcome> outcomes = new ArrayList<>();
        List<Ready> ready = new ArrayList<>();
        for (Ready r : prepared) {
            if (r.refused() != null) {
                outcomes.add(r.refused());
            } else {
                ready.add(r);
            }
        }
        if (!ready.isEmpty()) {
            outcomes.addAll(confirmAtOnce(ready));
        }
        return outcomes;
    }

    /** Signs up and logs in {@code n} new customers and opens their checkout pages. */
    public List<Ready> prepare(int n) throws Exception {
        // A few at a time, as customers arrive: each sign-up and login hashes a password, and the
        // portal hashes one per core at once, telling those that wait too long to try again.
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 4));
        try {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            List<Future<Ready>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String email = "race-" + tag + "-" + i + "@example.com";
                futures.add(pool.submit(() -> prepareOne(email)));
            }
            List<Ready> ready = new ArrayList<>();
            for (Future<Ready> f : futures) {
                ready.add(f.get(120, TimeUnit.SECONDS));
            }
            return ready;
        } finally {
            pool.shutdownNow();
        }
    }

    private Ready prepareOne(String email) throws IOException, InterruptedException {
        String password = "race-password-" + email.hashCode();
        // Sign up in a throw-away session, then log in in a fresh one, as a returning customer would.
        HttpResponse<String> signedUp = new PortalHttp(base).signUp(email, password);
        if (signedUp.statusCode() != 302) {
            throw new IllegalStateException("sign-up of " + email + " answered " + signedUp.statusCode());
        }
        PortalHttp http = new PortalHttp(base);
        HttpResponse<String> login = http.login(email, password);
        if (login.statusCode() != 302) {
            throw new IllegalStateException("login of " + email + " answered " + login.statusCode());
        }
        String checkoutPath = http.firstPlanCheckoutPath();
        HttpResponse<String> checkout = http.get(checkoutPath);
        if (checkout.statusCode() == 403) {
            return new Ready(email, http, checkoutPath, null, new Outcome(email, "checkout page", 0, null, 403,
                    checkoutPath, true, false, 0));
        }
        if (checkout.statusCode() != 200) {
            throw new IllegalStateException("checkout page for " + email + ": " + checkout.statusCode());
        }
        return new Ready(email, http, checkoutPath, PortalHttp.confirmForm(checkout.body()), null);
    }

    /** Confirms the prepared checkouts all at one moment; returns where each ended, in order. */
    public List<Outcome> confirmAtOnce(List<Ready> ready) throws Exception {
        List<Callable<Outcome>> confirms = new ArrayList<>();
        for (Ready r : ready) {
            confirms.add(() -> confirm(r));
        }
        return AtOnce.call(confirms, Duration.ofSeconds(180));
    }

    private Outcome confirm(Ready r) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> posted = r.http().post(r.checkoutPath(), r.form());
        String location = posted.headers().firstValue("Location").orElse(null);
        HttpResponse<String> last = posted;
        String path = r.checkoutPath();
        for (int hops = 0; hops < 5 && (last.statusCode() == 302 || last.statusCode() == 303); hops++) {
            URI next = base.resolve(last.headers().firstValue("Location").orElseThrow());
            path = next.getRawPath().substring(base.getRawPath().length())
                    + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
            last = r.http().get(path);
        }
        boolean forbidden = last.statusCode() == 403 || last.body().contains("may not open");
        boolean paused = last.body().contains("Payments are briefly unavailable");
        return new Outcome(r.email(), "confirm", posted.statusCode(), location, last.statusCode(), path, forbidden,
                paused, (System.nanoTime() - started) / 1_000_000);
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8790/");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        ConcurrentCheckout race = new ConcurrentCheckout(base);
        for (int round = 1; round <= rounds; round++) {
            List<Outcome> outcomes = race.run(n);
            outcomes.forEach(o -> System.out.println("  " + o));
            long invoices = outcomes.stream().filter(Outcome::isInvoice).count();
            long forbidden = outcomes.stream().filter(Outcome::forbiddenPage).count();
            System.out.println("round " + round + ": " + n + " customers, " + invoices + " invoices, "
                    + forbidden + " forbidden, " + (n - invoices - forbidden) + " other");
        }
    }
}
