package net.zeroxhost.portal.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.zeroxhost.portal.testsupport.OxhostStub;

/**
 * The two figures of issue 14 that need a portal talking to a stand-in 0xhost, run by
 * {@code scripts/perf-benchmark} against a Payara Micro it started with {@code OXHOST_API_KEY},
 * {@code OXHOST_BASE_URL} pointing here and {@code OXHOST_DEFAULT_USER_ID} set (so that new
 * sign-ups may buy): the invoice creation's latency over a WireMock that answers after a fixed
 * 50 ms ({@link CheckoutLatency}), then the live heap each signed-in session keeps
 * ({@link SessionHeap}). Both share the customers signed up here, because each sign-up and log-in
 * costs a password hash, the slowest thing the portal does.
 *
 * <pre>java … StubbedPortalBench base-url stub-port api-key server-pid samples n repeats rows-file</pre>
 * It writes the figures' table rows (and the heap's class histogram diff) to rows-file.
 */
public final class StubbedPortalBench {

    /** The delay of the budget: what 0xhost is assumed to take. */
    static final int STUB_DELAY_MS = 50;
    /** Samples before these are the JIT's and the connection pools' warm-up, not the portal's. */
    static final int WARM_UP_SAMPLES = 40;

    private StubbedPortalBench() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int stubPort = Integer.parseInt(args[1]);
        String apiKey = args[2];
        long serverPid = Long.parseLong(args[3]);
        int samples = Integer.parseInt(args[4]);
        int n = Integer.parseInt(args[5]);
        int repeats = Integer.parseInt(args[6]);
        Path rowsFile = Path.of(args[7]);

        // No journal: it would keep every request of the run, and we count nothing.
        WireMockServer stub = new WireMockServer(options().bindAddress("127.0.0.1").port(stubPort)
                .containerThreads(20).disableRequestJournal());
        stub.start();
        try {
            stub.stubFor(post(urlEqualTo("/API/invoice")).withHeader("x-api-key", equalTo(apiKey))
                    .willReturn(OxhostStub.success().withFixedDelay(STUB_DELAY_MS)));
            URI stubInvoice = URI.create("http://127.0.0.1:" + stubPort + "/API/invoice");

            List<String> plans = Customers.planIds(base);
            int pairs = samples + WARM_UP_SAMPLES;
            int needed = Math.max((pairs + plans.size() - 1) / plans.size(), 10 * n);
            String tag = UUID.randomUUID().toString().substring(0, 8);
            progress("signing up and logging in %d customers (%d plans each: %d fresh customer-plan pairs)...",
                    needed, plans.size(), needed * plans.size());
            Customers customers = Customers.signUp(base, tag, needed);

            progress("invoice creation: %d samples after %d of warm-up, each against a direct call of the stub...",
                    samples, WARM_UP_SAMPLES);
            List<String> rows = new ArrayList<>(
                    CheckoutLatency.measure(base, stubInvoice, apiKey, customers, plans, samples, WARM_UP_SAMPLES));
            customers.logOutAll();

            progress("live heap per session: %d and %d sessions, %d times...", n, 10 * n, repeats);
            rows.addAll(SessionHeap.measure(base, serverPid, customers, n, repeats));
            Files.write(rowsFile, rows);
        } finally {
            stub.stop();
        }
    }

    static void progress(String format, Object... args) {
        System.err.println(String.format(java.util.Locale.ROOT, format, args));
    }
}
