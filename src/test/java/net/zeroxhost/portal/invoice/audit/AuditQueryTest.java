package net.zeroxhost.portal.invoice.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.zeroxhost.portal.invoice.InvoiceState;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static final String ID = "3f1b7c52-8d4e-4a6b-9c1d-2e5f7a8b9c0d";

    private static AuditQuery parse(String... pairs) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        return AuditQuery.fromParameters(params::get);
    }

    /** What a browser sends back for a link the query made. */
    private static AuditQuery reparse(AuditQuery query) {
        Map<String, String> params = new HashMap<>();
        for (String pair : query.queryString().split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return AuditQuery.fromParameters(params::get);
    }

    @Test
    void noParametersIsEveryAttemptNewestFirstFiftyToAPage() {
        AuditQuery query = parse();
        assertThat(query.filter().isEmpty()).isTrue();
        assertThat(query.sort()).isEqualTo(AuditSort.NEWEST);
        assertThat(query.size()).isEqualTo(50);
        assertThat(query.problems()).isEmpty();
        assertThat(query.queryString()).isEmpty();
    }

    @Test
    void everyFilterIsReadAndWrittenBackTheSame() {
        AuditQuery query = parse("state", "expired", "customer", " Alice@Example.COM ", "plan", ID,
                "from", "2026-11-01", "to", "2026-11-30", "track", "110816020", "order", "ord 7&x=1",
                "sort", "price-asc", "size", "200");
        assertThat(query.problems()).isEmpty();
        AuditFilter f = query.filter();
        assertThat(f.state()).isEqualTo(InvoiceState.EXPIRED);
        assertThat(f.customer()).isEqualTo("alice@example.com");
        assertThat(f.planId()).isEqualTo(ID);
        assertThat(f.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(f.untilInstant()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(f.trackId()).isEqualTo("110816020");
        assertThat(f.orderId()).isEqualTo("ord 7&x=1");
        assertThat(query.sort()).isEqualTo(AuditSort.PRICE_LOW);
        assertThat(query.size()).isEqualTo(200);
        assertThat(query.queryString()).contains("order=ord+7%26x%3D1").doesNotContain("after=");
        assertThat(reparse(query)).isEqualTo(query);
    }

    @Test
    void nonsenseIsLeftOutAndNamedNotAnError() {
        AuditQuery query = parse("state", "PAID", "plan", "../etc", "from", "yesterday", "sort", "random",
                "size", "100000", "after", "1' or '1'='1", "track", "x".repeat(101));
        assertThat(query.filter().isEmpty()).isTrue();
        assertThat(query.sort()).isEqualTo(AuditSort.NEWEST);
        assertThat(query.size()).isEqualTo(AuditQuery.DEFAULT_SIZE);
        assertThat(query.after()).isNull();
        assertThat(query.problems()).extracting(AuditQuery.Problem::key).containsExactly("audit.problem.state",
                "audit.problem.plan", "audit.problem.date", "audit.problem.id", "audit.problem.sort",
                "audit.problem.size", "audit.problem.page");
    }

    @Test
    void aRangeThatEndsBeforeItStartsLosesItsEnd() {
        AuditQuery query = parse("from", "2026-11-30", "to", "2026-11-01");
        assertThat(query.filter().from()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(query.filter().to()).isNull();
        assertThat(query.problems()).extracting(AuditQuery.Problem::key).containsExactly("audit.problem.range");
    }

    @Test
    void cursorsTravelInTheUrlAndBelongToTheirOrder() {
        AuditCursor byTime = new AuditCursor(null, Instant.parse("2026-11-02T10:15:30.123456Z"), ID);
        AuditQuery next = parse().after(byTime);
        assertThat(reparse(next).after()).isEqualTo(byTime);

        AuditCursor byPrice = new AuditCursor(new BigDecimal("24.50"), Instant.parse("1969-12-31T23:59:59.5Z"), ID);
        AuditQuery priced = parse("sort", "price-desc");
        assertThat(reparse(priced.before(byPrice)).before()).isEqualTo(byPrice);
        // A cursor made for one order means nothing in another: the list starts again.
        assertThat(AuditCursor.parse(byPrice.text(), AuditSort.NEWEST)).isEmpty();
        assertThat(AuditCursor.parse(byTime.text(), AuditSort.PRICE_LOW)).isEmpty();
    }

    @Test
    void aPageHasEitherAStartOrAnEnd() {
        AuditCursor cursor = new AuditCursor(null, Instant.parse("2026-11-02T10:15:30Z"), ID);
        AuditQuery both = parse("after", cursor.text(), "before", cursor.text());
        assertThat(both.after()).isEqualTo(cursor);
        assertThat(both.before()).isNull();
    }
}
