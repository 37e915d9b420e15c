package net.zeroxhost.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import net.zeroxhost.portal.testsupport.Percentile;
import net.zeroxhost.portal.testsupport.PortalHttp;

/**
 * Issue 14's invoice-creation budget: what a customer waits for between pressing "Create invoice"
 * and the invoice existing, against what the stand-in 0xhost alone takes, both sampled in turn by
 * the same kind of client (the JDK's, HTTP/1.1, a kept-alive connection) so that the machine's
 * drift weighs on both alike. A sampler, one request at a time, not a load generator: the figure
 * is the portal's own overhead on one checkout.
 *
 * <p>The portal creates the invoice inside the checkout POST (0xhost is called before the answer
 * is sent), so the POST's answer is the moment the invoice exists; the payment page it redirects
 * to is fetched after it and timed apart, and must show the invoice's address, or the sample
 * fails the run (a checkout that ends elsewhere would measure something else). Each sample buys a
 * (customer, plan) pair of its own: the portal shows an existing open invoice instead of creating
 * another.
 */
final class CheckoutLatency {

    private CheckoutLatency() {
    }

    /** @return the figure's table rows */
    static List<String> measure(URI base, URI stubInvoice, String apiKey, Customers customers, List<String> plans,
                                int samples, int warmUp) throws IOException, InterruptedException {
        HttpClient direct = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> stub = new ArrayList<>();
        List<Long> checkout = new ArrayList<>();
        List<Long> paymentPage = new ArrayList<>();
        for (int i = 0; i < samples + warmUp; i++) {
            int customer = i / plans.size();
            String plan = plans.get(i % plans.size());
            long stubNanos = callStub(direct, stubInvoice, apiKey, plan);
            PortalHttp session = customers.session(customer);
            String checkoutPath = "checkout?plan=" + plan;
            // Not timed: the page the customer reads before pressing the button.
            Map<String, String> form = PortalHttp.confirmForm(session.get(checkoutPath).body());
            long started = System.nanoTime();
            HttpResponse<String> confirmed = session.post(checkoutPath, form);
            long answered = System.nanoTime();
            String location = confirmed.headers().firstValue("Location").orElseThrow(() ->
                    new IllegalStateException("the checkout answered " + confirmed.statusCode() + " without a redirect"));
            if (!location.contains("invoice?id=")) {
                throw new IllegalStateException("the checkout led to " + location + ", not to a payment page");
            }
            HttpResponse<String> page = session.get(location.substring(location.indexOf("invoice?id=")));
            long shown = System.nanoTime();
            if (page.statusCode() != 200 || !page.body().contains("id=\"address\"")) {
                throw new IllegalStateException("the payment page " + location + " shows no address (" + page.statusCode() + ")");
            }
            if (i >= warmUp) {
                stub.add(stubNanos / 1_000);
                checkout.add((answered - started) / 1_000);
                paymentPage.add((shown - answered) / 1_000);
            }
        }
        long stub50 = Percentile.of(stub, 50);
        long stub99 = Percentile.of(stub, 99);
        long post50 = Percentile.of(checkout, 50);
        long post99 = Percentile.of(checkout, 99);
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT,
                "| invoice creation (checkout POST → its answer, the invoice recorded), p50 / p99 ms, %d samples | %s / %s | | the stub's own latency (direct POST, %d ms delay), p50 / p99: %s / %s ms | %+.1f / %+.1f ms | | p99 + ≤ 15 ms |",
                checkout.size(), ms(post50), ms(post99), StubbedPortalBench.STUB_DELAY_MS, ms(stub50), ms(stub99),
                (post50 - stub50) / 1000.0, (post99 - stub99) / 1000.0));
        rows.add(String.format(Locale.ROOT,
                "| then the payment page showing the address, p50 / p99 ms | %s / %s | | — | | | — |",
                ms(Percentile.of(paymentPage, 50)), ms(Percentile.of(paymentPage, 99))));
        return rows;
    }

    /** One invoice request straight to the stub, as the portal sends it; returns its nanoseconds. */
    private static long callStub(HttpClient direct, URI stubInvoice, String apiKey, String planId)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(stubInvoice)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("x-api-key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"user_id\":\"" + UUID.randomUUID() + "\",\"server_id\":\"" + planId + "\"}"))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> answer = direct.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - started;
        if (answer.statusCode() != 200 || !answer.body().contains("\"address\"")) {
            throw new IllegalStateException("the stub answered " + answer.statusCode() + ": " + answer.body());
        }
        return took;
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }
}
