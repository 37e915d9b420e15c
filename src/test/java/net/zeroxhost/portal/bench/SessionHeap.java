package net.zeroxhost.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.zeroxhost.portal.testsupport.PortalHttp;

/**
 * Issue 14's memory budget: the live heap one signed-in customer's session keeps after the
 * journey (log-in, catalog, checkout, payment page). Absolute heap says little (the server's own
 * caches dwarf a session), so it is the difference between the live heap with N sessions and with
 * 10·N, each counted after a full GC by the JVM's own class histogram ({@code jcmd
 * GC.class_histogram}, which collects first and counts only what is reachable), divided by the 9·N
 * sessions added. The sessions are logged out between repeats, and the median of the repeats is
 * the figure; the histogram's diff says which classes the sessions hold.
 */
final class SessionHeap {

    private static final Pattern HISTOGRAM_ROW =
            Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    private SessionHeap() {
    }

    /** @return the figure's table row, then the classes that grew most, as lines of their own */
    static List<String> measure(URI base, long serverPid, Customers customers, int n, int repeats) throws Exception {
        if (customers.size() < 10 * n) {
            throw new IllegalArgumentException("needs " + 10 * n + " customers, has " + customers.size());
        }
        List<Double> perSession = new ArrayList<>();
        Map<String, Long> grownTotal = new HashMap<>();
        Map<String, Long> instancesTotal = new HashMap<>();
        for (int r = 0; r < repeats; r++) {
            journeys(customers, 0, n);
            Histogram few = Histogram.of(serverPid);
            journeys(customers, n, 10 * n);
            Histogram many = Histogram.of(serverPid);
            double bytes = (many.total - few.total) / (9.0 * n);
            perSession.add(bytes);
            StubbedPortalBench.progress("  repeat %d: live heap %,d bytes at %d sessions, %,d at %d: %.0f bytes per session",
                    r + 1, few.total, n, many.total, 10 * n, bytes);
            many.bytes.forEach((cls, b) -> grownTotal.merge(cls, b - few.bytes.getOrDefault(cls, 0L), Long::sum));
            many.instances.forEach((cls, i) -> instancesTotal.merge(cls, i - few.instances.getOrDefault(cls, 0L), Long::sum));
            customers.logOut(0, 10 * n);
        }
        List<Double> sorted = new ArrayList<>(perSession);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT,
                "| live heap per signed-in session after the journey, KB (median of %d: %s) | %.1f | | — (heap at %d minus at %d sessions, full GC, ÷ %d) | | | ≤ 16 KB |",
                repeats, String.join(", ", perSession.stream().map(b -> String.format(Locale.ROOT, "%.1f", b / 1024)).toList()),
                median / 1024, 10 * n, n, 9 * n));
        lines.add("");
        lines.add(String.format(Locale.ROOT,
                "What one session holds, by class (growth from %d to %d sessions, averaged over the %d repeats, per session):",
                n, 10 * n, repeats));
        lines.add("");
        lines.add("| class | bytes per session | instances per session |");
        lines.add("|---|---|---|");
        double sessionsAdded = 9.0 * n * repeats;
        grownTotal.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> lines.add(String.format(Locale.ROOT, "| `%s` | %.0f | %.1f |", e.getKey(),
                        e.getValue() / sessionsAdded, instancesTotal.getOrDefault(e.getKey(), 0L) / sessionsAdded)));
        return lines;
    }

    /** Logs customers {@code from} to {@code to} (exclusive) in anew and walks each through the journey. */
    private static void journeys(Customers customers, int from, int to) throws Exception {
        customers.logInAgain(from, to);
        for (int c = from; c < to; c++) {
            journey(customers.session(c));
        }
    }

    /** The catalog, the first plan's checkout, its confirm and the payment page it leads to. */
    private static void journey(PortalHttp session) throws IOException, InterruptedException {
        String checkoutPath = session.firstPlanCheckoutPath();
        HttpResponse<String> confirmed = session.post(checkoutPath, PortalHttp.confirmForm(session.get(checkoutPath).body()));
        String location = confirmed.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException("the checkout answered " + confirmed.statusCode() + " without a redirect"));
        HttpResponse<String> page = session.get(location.substring(location.indexOf("invoice?id=")));
        if (page.statusCode() != 200 || !page.body().contains("id=\"address\"")) {
            throw new IllegalStateException("the payment page " + location + " shows no address");
        }
    }

    /** One {@code jcmd GC.class_histogram} of the server: live bytes and instances per class, and their total. */
    private record Histogram(long total, Map<String, Long> bytes, Map<String, Long> instances) {

        static Histogram of(long pid) throws IOException, InterruptedException {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (jcmd.waitFor() != 0) {
                throw new IllegalStateException("jcmd failed: " + out);
            }
            Map<String, Long> bytes = new HashMap<>();
            Map<String, Long> instances = new HashMap<>();
            long total = -1;
            for (String line : out.split("\n")) {
                Matcher row = HISTOGRAM_ROW.matcher(line);
                if (row.find()) {
                    bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
                    instances.merge(row.group(3), Long.parseLong(row.group(1)), Long::sum);
                    continue;
                }
                Matcher sum = HISTOGRAM_TOTAL.matcher(line);
                if (sum.find()) {
                    total = Long.parseLong(sum.group(2));
                }
            }
            if (total < 0) {
                throw new IllegalStateException("no total in the class histogram: " + out);
            }
            return new Histogram(total, bytes, instances);
        }
    }
}
