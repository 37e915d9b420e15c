package net.zeroxhost.portal.testsupport;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The outage benchmark behind {@code scripts/outage-benchmark}: how the portal's other pages
 * fare while 0xhost hangs and fifty customers confirm their checkouts at once, against the same
 * pages measured in the same run with 0xhost well. A signed-in customer fetches the catalog and
 * My invoices one after the other, as a browser would, and each answer's time is kept; the
 * figures are percentiles of those times and their ratio to the normal ones.
 *
 * <p>It starts the WireMock stand-in itself (on {@code it.oxhost.port}); the portal must run
 * with {@code OXHOST_BASE_URL} pointing at it, the stand-in's key and
 * {@code OXHOST_DEFAULT_USER_ID} set, so that new sign-ups can buy. Arguments: the portal's base
 * URL and the seconds of the normal window.
 */
public final class OutageBenchmark {

    private static final int CUSTOMERS = 50;
    private static final String[] PAGES = {"plans", "invoices"};

    private OutageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8790/");
        int normalSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        OxhostStub.start();
        try {
            run(base, normalSeconds);
        } finally {
            OxhostStub.stop();
        }
    }

    private static void run(URI base, int normalSeconds) throws Exception {
        PortalHttp reader = new PortalHttp(base);
        if (reader.login("alice@example.com", "alice-demo-password").statusCode() != 302) {
            throw new IllegalStateException("the demo customer could not log in: run the portal with PORTAL_DEMO_DATA=true");
        }
        ConcurrentCheckout checkout = new ConcurrentCheckout(base);
        System.out.println("warming up and preparing " + CUSTOMERS + " customers (sign-up, log-in, checkout page) ...");
        probe(reader, () -> false, 200);
        List<ConcurrentCheckout.Ready> outageCustomers = checkout.prepare(CUSTOMERS);
        List<ConcurrentCheckout.Ready> lateCustomers = checkout.prepare(10);

        System.out.println("normal: 0xhost answers, " + normalSeconds + " s of page reads ...");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(normalSeconds);
        List<Long> normal = probe(reader, () -> System.nanoTime() > until, Integer.MAX_VALUE);

        System.out.println("outage: 0xhost hangs; " + CUSTOMERS + " customers confirm at once ...");
        OxhostStub.hangEverything(true);
        int requestsBefore = OxhostStub.invoiceRequests();
        ExecutorService background = Executors.newSingleThreadExecutor();
        AtomicBoolean confirmsDone = new AtomicBoolean();
        List<ConcurrentCheckout.Outcome> outcomes;
        List<Long> outage;
        try {
            Future<List<ConcurrentCheckout.Outcome>> confirms = background.submit(() -> {
                try {
                    return checkout.confirmAtOnce(outageCustomers);
                } finally {
                    confirmsDone.set(true);
                }
            });
            outage = probe(reader, confirmsDone::get, Integer.MAX_VALUE);
            outcomes = confirms.get(5, TimeUnit.MINUTES);
        } finally {
            background.shutdownNow();
        }
        int sent = OxhostStub.invoiceRequests() - requestsBefore;
        List<ConcurrentCheckout.Outcome> late = checkout.confirmAtOnce(lateCustomers);
        OxhostStub.hangEverything(false);

        report(normal, outage, outcomes, late, sent);
    }

    /** Reads the pages in turn until {@code stop} says so or {@code max} reads; returns each read's milliseconds. */
    private static List<Long> probe(PortalHttp reader, java.util.function.BooleanSupplier stop, int max) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < max && !stop.getAsBoolean(); i++) {
            long started = System.nanoTime();
            HttpResponse<String> page = reader.get(PAGES[i % PAGES.length]);
            millis.add((System.nanoTime() - started) / 1_000_000);
            if (page.statusCode() != 200) {
                throw new IllegalStateException(PAGES[i % PAGES.length] + " answered " + page.statusCode());
            }
        }
        return millis;
    }

    private static void report(List<Long> normal, List<Long> outage, List<ConcurrentCheckout.Outcome> outcomes,
                               List<ConcurrentCheckout.Outcome> late, int sent) {
        List<Long> held = outcomes.stream().filter(ConcurrentCheckout.Outcome::paymentsPaused)
                .map(ConcurrentCheckout.Outcome::millis).toList();
        List<Long> waited = outcomes.stream().filter(o -> !o.paymentsPaused())
                .map(ConcurrentCheckout.Outcome::millis).toList();
        List<Long> lateMillis = late.stream().map(ConcurrentCheckout.Outcome::millis).toList();
        long latePaused = late.stream().filter(ConcurrentCheckout.Outcome::paymentsPaused).count();
        System.out.println();
        System.out.println("| figure | reads | p50 ms | p95 ms | p50 ratio | p95 ratio |");
        System.out.println("|---|---|---|---|---|---|");
        System.out.println(row("catalog + My invoices, 0xhost well (reference)", normal, normal));
        System.out.println(row("catalog + My invoices, while 50 customers wait on a hanging 0xhost", outage, normal));
        System.out.println();
        System.out.printf(Locale.ROOT, "confirms during the hang: %d customers; %d sent to 0xhost (bulkhead), %d told at once that payments are paused%n",
                outcomes.size(), sent, held.size());
        System.out.printf(Locale.ROOT, "  sent and waited for the timeout: p50 %d ms, p95 %d ms%n", pct(waited, 50), pct(waited, 95));
        System.out.printf(Locale.ROOT, "  held back by the bulkhead:       p50 %d ms, p95 %d ms%n", pct(held, 50), pct(held, 95));
        System.out.printf(Locale.ROOT, "after the hang (circuit open): %d customers, %d told at once, p50 %d ms, p95 %d ms%n",
                late.size(), latePaused, pct(lateMillis, 50), pct(lateMillis, 95));
        long wrong = outcomes.stream().filter(o -> o.forbiddenPage() || (!o.paymentsPaused() && !o.isInvoice())).count();
        System.out.println("customers without an invoice page or a paused message: " + wrong);
    }

    private static String row(String name, List<Long> sample, List<Long> reference) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f |", name, sample.size(), pct(sample, 50),
                pct(sample, 95), ratio(pct(sample, 50), pct(reference, 50)), ratio(pct(sample, 95), pct(reference, 95)));
    }

    private static double ratio(long value, long reference) {
        return reference == 0 ? value : (double) value / reference;
    }

    private static long pct(List<Long> sample, int percentile) {
        return Percentile.of(sample, percentile);
    }
}
