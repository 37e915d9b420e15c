package net.zeroxhost.portal.invoice.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.zeroxhost.portal.account.Emails;
import net.zeroxhost.portal.id.Ids;
import net.zeroxhost.portal.invoice.InvoiceState;

/**
 * One view of the audit list as its URL states it: the filter, the order, the page size and where
 * the page starts. Read from the URL's parameters and written back into the links, so that a
 * filtered view can be bookmarked and shared. A parameter that makes no sense is left out of the
 * view and named in {@link #problems()}, never an error page.
 *
 * @param after  the page starts after this row (the next page), or null
 * @param before the page ends before this row (the previous page), or null; never both
 */
public record AuditQuery(AuditFilter filter, AuditSort sort, int size, AuditCursor after, AuditCursor before,
                         List<Problem> problems) {

    public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100, 200);
    public static final int DEFAULT_SIZE = 50;
    /** The longest track or order id the schema holds. */
    static final int MAX_ID_LENGTH = 100;

    /** A parameter left out: the bundle key of the message, and the text it had. */
    public record Problem(String key, String text) {
    }

    public AuditQuery {
        problems = List.copyOf(problems);
    }

    public static AuditQuery fromParameters(Function<String, String> param) {
        List<Problem> problems = new ArrayList<>();
        InvoiceState state = null;
        String stateText = blankToNull(param.apply("state"));
        if (stateText != null) {
            try {
                state = InvoiceState.valueOf(stateText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("audit.problem.state", stateText));
            }
        }
        String customer = blankToNull(param.apply("customer"));
        if (customer != null) {
            customer = Emails.normalize(customer);
            if (customer.length() > Emails.MAX_LENGTH) {
                problems.add(new Problem("audit.problem.customer", customer.substring(0, 40) + "…"));
                customer = null;
            }
        }
        String plan = blankToNull(param.apply("plan"));
        if (plan != null && !Ids.isWellFormed(plan)) {
            problems.add(new Problem("audit.problem.plan", plan));
            plan = null;
        }
        LocalDate from = date(param.apply("from"), problems);
        LocalDate to = date(param.apply("to"), problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new Problem("audit.problem.range", from + " – " + to));
            to = null;
        }
        String track = id(param.apply("track"), problems);
        String order = id(param.apply("order"), problems);

        AuditSort sort = AuditSort.NEWEST;
        String sortText = blankToNull(param.apply("sort"));
        if (sortText != null) {
            Optional<AuditSort> named = AuditSort.ofParam(sortText);
            if (named.isEmpty()) {
                problems.add(new Problem("audit.problem.sort", sortText));
            }
            sort = named.orElse(AuditSort.NEWEST);
        }
        int size = DEFAULT_SIZE;
        String sizeText = blankToNull(param.apply("size"));
        if (sizeText != null) {
            try {
                size = Integer.parseInt(sizeText);
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (!PAGE_SIZES.contains(size)) {
                problems.add(new Problem("audit.problem.size", sizeText));
                size = DEFAULT_SIZE;
            }
        }
        AuditCursor after = cursor(param.apply("after"), sort, problems);
        AuditCursor before = after != null ? null : cursor(param.apply("before"), sort, problems);
        return new AuditQuery(new AuditFilter(state, customer, plan, from, to, track, order), sort, size, after,
                before, problems);
    }

    private static LocalDate date(String text, List<Problem> problems) {
        text = blankToNull(text);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem("audit.problem.date", text));
            return null;
        }
    }

    private static String id(String text, List<Problem> problems) {
        text = blankToNull(text);
        if (text != null && text.length() > MAX_ID_LENGTH) {
            problems.add(new Problem("audit.problem.id", text.substring(0, 40) + "…"));
            return null;
        }
        return text;
    }

    private static AuditCursor cursor(String text, AuditSort sort, List<Problem> problems) {
        text = blankToNull(text);
        if (text == null) {
            return null;
        }
        Optional<AuditCursor> cursor = AuditCursor.parse(text, sort);
        if (cursor.isEmpty()) {
            problems.add(new Problem("audit.problem.page", text.length() > 40 ? text.substring(0, 40) + "…" : text));
        }
        return cursor.orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The same view from its first page. */
    public AuditQuery firstPage() {
        return new AuditQuery(filter, sort, size, null, null, List.of());
    }

    public AuditQuery after(AuditCursor cursor) {
        return new AuditQuery(filter, sort, size, cursor, null, List.of());
    }

    public AuditQuery before(AuditCursor cursor) {
        return new AuditQuery(filter, sort, size, null, cursor, List.of());
    }

    /** The parameters that state this view, defaults left out, in a fixed order. */
    public Map<String, String> parameters() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "state", filter.state() == null ? null : filter.state().name());
        put(params, "customer", filter.customer());
        put(params, "plan", filter.planId());
        put(params, "from", filter.from() == null ? null : filter.from().toString());
        put(params, "to", filter.to() == null ? null : filter.to().toString());
        put(params, "track", filter.trackId());
        put(params, "order", filter.orderId());
        put(params, "sort", sort == AuditSort.NEWEST ? null : sort.param());
        put(params, "size", size == DEFAULT_SIZE ? null : String.valueOf(size));
        put(params, "after", after == null ? null : after.text());
        put(params, "before", before == null ? null : before.text());
        return params;
    }

    /** {@link #parameters()} as a URL query, without the "?"; empty for the default view. */
    public String queryString() {
        return parameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }
}
