package net.zeroxhost.portal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.zeroxhost.portal.invoice.InvoiceState;
import net.zeroxhost.portal.invoice.audit.AuditCursor;
import net.zeroxhost.portal.invoice.audit.AuditQuery;
import net.zeroxhost.portal.invoice.audit.AuditRow;
import net.zeroxhost.portal.invoice.audit.AuditSearch;
import net.zeroxhost.portal.invoice.audit.AuditSort;
import net.zeroxhost.portal.plan.Plan;
import net.zeroxhost.portal.plan.PlanCatalog;
import net.zeroxhost.portal.web.Texts;

/**
 * {@code /admin/}: every invoice and attempt, filtered and ordered as the URL says, one keyset page
 * at a time ({@link AuditSearch}). The filter form is a GET form, so each view has its own URL.
 */
@Named
@RequestScoped
public class AdminInvoicesBacking {

    @Inject
    AuditSearch search;

    @Inject
    PlanCatalog plans;

    @Inject
    ExternalContext external;

    @Inject
    Clock clock;

    private AuditQuery query;
    private AuditSearch.Page page;
    private AuditSearch.Count count;
    private List<Plan> allPlans;

    /**
     * Reads the view on first use: from the page's view action, or from any getter first (a
     * postback of the page's logout form restores the view without running its view action).
     */
    public void load() {
        if (query != null) {
            return;
        }
        Map<String, String> params = external.getRequestParameterMap();
        query = AuditQuery.fromParameters(params::get);
        Instant now = clock.instant();
        AuditSearch.Listing listing = search.list(query, now);
        page = listing.page();
        count = listing.count();
    }

    public List<AuditRow> getRows() { load(); return page.rows(); }
    public AuditQuery getQuery() { load(); return query; }

    /** "12 attempts", or "more than 10,000 attempts" where counting stopped. */
    public String getCountText() {
        load();
        return count.atLeast() ? Texts.get("admin.countAtLeast", count.value()) : Texts.get("admin.count", count.value());
    }

    public List<String> getProblems() {
        load();
        return query.problems().stream().map(p -> Texts.get(p.key(), p.text())).toList();
    }

    public boolean isHasPrevious() { load(); return page.hasPrevious(); }
    public boolean isHasNext() { load(); return page.hasNext(); }

    public String getFirstHref() { return href("index", getQuery().firstPage()); }
    public String getPreviousHref() {
        load();
        return href("index", query.before(AuditCursor.at(page.rows().get(0), query.sort())));
    }

    public String getNextHref() {
        load();
        return href("index", query.after(AuditCursor.at(page.rows().get(page.rows().size() - 1), query.sort())));
    }

    /** The export of exactly this filter, in this order. */
    public String getCsvHref() { return href("invoices.csv", getQuery().firstPage()); }

    private String href(String page, AuditQuery view) {
        String q = view.queryString();
        return external.getRequestContextPath() + "/admin/" + page + (q.isEmpty() ? "" : "?" + q);
    }

    public List<Option> getStateOptions() {
        InvoiceState chosen = getQuery().filter().state();
        return java.util.Arrays.stream(InvoiceState.values())
                .map(s -> new Option(s.name(), Texts.get("state." + s.name()), s == chosen)).toList();
    }

    public List<Option> getPlanOptions() {
        if (allPlans == null) {
            allPlans = plans.allPlans();
        }
        return allPlans.stream().map(p -> new Option(p.getId(),
                p.isActive() ? p.getName() : Texts.get("admin.planRetired", p.getName()),
                p.getId().equals(getQuery().filter().planId()))).toList();
    }

    public List<Option> getSortOptions() {
        return java.util.Arrays.stream(AuditSort.values())
                .map(s -> new Option(s.param(), Texts.get("admin.sort." + s.param()), s == getQuery().sort())).toList();
    }

    public List<Option> getSizeOptions() {
        return AuditQuery.PAGE_SIZES.stream()
                .map(n -> new Option(String.valueOf(n), String.valueOf(n), n == getQuery().size())).toList();
    }

    /** A choice of a GET form's select. */
    public static final class Option {
        private final String value;
        private final String label;
        private final boolean selected;

        Option(String value, String label, boolean selected) {
            this.value = value;
            this.label = label;
            this.selected = selected;
        }

        public String getValue() { return value; }
        public String getLabel() { return label; }
        public boolean isSelected() { return selected; }
    }
}
