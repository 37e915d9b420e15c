package net.zeroxhost.portal.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import net.zeroxhost.portal.testsupport.Percentile;
import net.zeroxhost.portal.testsupport.PortalHttp;

/**
 * The admin audit's figures against a running portal filled by {@link AuditData}: each page of the
 * list (first, deep, each filter, each order), a detail view, and the export (its first row, a
 * filtered export whole, and the whole export once), signed in as the admin, one request at a
 * time; p50 and p95 of the time to the whole answer, and the same for the login page (a Faces page
 * that reads no table) as the reference of the same run. Prints one table row per figure.
 *
 * <pre>java … AuditBenchmark base-url facts-file label [rounds]</pre>
 */
public final class AuditBenchmark {

    private static final int WARM_UP = 5;

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Properties facts = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[1]))) {
            facts.load(in);
        }
        String label = args[2];
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;

        PortalHttp admin = new PortalHttp(base);
        HttpResponse<String> login = admin.login("admin@example.com", "admin-demo-password");
        if (login.statusCode() != 302 && login.statusCode() != 303) {
            throw new IllegalStateException("the admin could not log in: HTTP " + login.statusCode());
        }

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("reference: login page", "login");
        pages.put("list, first page", "admin/index");
        pages.put("list, deep page (the middle row)", "admin/index?after=" + facts.getProperty("middle.micros") + "_"
                + facts.getProperty("middle.id"));
        pages.put("list, 200 rows a page", "admin/index?size=200");
        pages.put("filter: status failed", "admin/index?state=FAILED");
        pages.put("filter: status unknown", "admin/index?state=UNKNOWN");
        pages.put("filter: status expired", "admin/index?state=EXPIRED");
        pages.put("filter: status awaiting payment", "admin/index?state=OPEN");
        pages.put("filter: customer (part of the email)", "admin/index?customer=" + enc(facts.getProperty("customer")));
        pages.put("filter: plan", "admin/index?plan=" + facts.getProperty("plan"));
        pages.put("filter: one day", "admin/index?from=" + facts.getProperty("day") + "&to=" + facts.getProperty("day"));
        pages.put("filter: track id", "admin/index?track=" + facts.getProperty("track"));
        pages.put("filter: order id", "admin/index?order=" + facts.getProperty("order"));
        pages.put("filter: plan and status failed", "admin/index?plan=" + facts.getProperty("plan") + "&state=FAILED");
        pages.put("order: oldest first", "admin/index?sort=oldest");
        pages.put("order: highest price first", "admin/index?sort=price-desc");
        pages.put("detail view", "admin/invoice?id=" + facts.getProperty("detail"));

        System.out.printf("| %s | figure | p50 ms | p95 ms |%n|---|---|---:|---:|%n", "data");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            List<Long> times = time(rounds, () -> page(admin, page.getValue()));
            row(label, page.getKey(), times);
        }
        String customerCsv = "admin/invoices.csv?customer=" + enc(facts.getProperty("customer"));
        row(label, "export: first row", time(rounds, () -> firstCsvRow(admin, "admin/invoices.csv")));
        row(label, "export: one customer, whole", time(rounds, () -> wholeCsv(admin, customerCsv)[0]));
        row(label, "export: one day, whole", time(rounds, () -> wholeCsv(admin, "admin/invoices.csv?from="
                + facts.getProperty("day") + "&to=" + facts.getProperty("day"))[0]));
        long[] all = wholeCsv(admin, "admin/invoices.csv");
        System.out.printf("| %s | export: everything, once (%,d rows, %,d bytes) | %,d | — |%n", label, all[1], all[2],
                all[0] / 1_000_000);
    }

    interface Timed {
        long nanos() throws Exception;
    }

    private static List<Long> time(int rounds, Timed request) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            request.nanos();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            times.add(request.nanos());
        }
        return times;
    }

    private static void row(String label, String figure, List<Long> nanos) {
        System.out.printf("| %s | %s | %.1f | %.1f |%n", label, figure, Percentile.of(nanos, 50) / 1e6,
                Percentile.of(nanos, 95) / 1e6);
    }

    private static long page(PortalHttp http, String uri) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.get(uri);
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200 || response.body().contains("id=\"error-")) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return took;
    }

    /** Until the line after the header has arrived. */
    private static long firstCsvRow(PortalHttp http, String uri) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.get(uri, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            in.readLine();
            if (in.readLine() == null) {
                throw new IllegalStateException(uri + " has no row");
            }
            return System.nanoTime() - start;
        }
    }

    /** @return nanoseconds, data lines, bytes */
    private static long[] wholeCsv(PortalHttp http, String uri) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.get(uri, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        long lines = -1;
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return new long[] {System.nanoTime() - start, lines, bytes};
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
