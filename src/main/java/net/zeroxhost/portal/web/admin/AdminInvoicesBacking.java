package net.zeroxhost.portal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.zeroxhost.portal.invoice.InvoiceQueries;
import net.zeroxhost.portal.web.InvoiceRow;

/** {@code /admin/}: every invoice and attempt, newest first, one database page at a time. */
@Named
@RequestScoped
public class AdminInvoicesBacking {

    public static final int PAGE_SIZE = 50;

    @Inject
    InvoiceQueries queries;

    @Inject
    Clock clock;

    private int page = 1;
    private List<InvoiceRow> rows;
    private long total = -1;

    public List<InvoiceRow> getRows() {
        if (rows == null) {
            Instant now = clock.instant();
            rows = queries.page((getPage() - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                    .map(a -> InvoiceRow.of(a, now)).toList();
        }
        return rows;
    }

    public long getTotal() {
        if (total < 0) {
            total = queries.count();
        }
        return total;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The requested page, clamped to the pages that exist. */
    public int getPage() {
        return Math.min(Math.max(1, page), getPageCount());
    }

    /** From the URL: anything but a page number shows page 1. */
    public void setPageParam(String text) {
        try {
            page = text == null ? 1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            page = 1;
        }
    }

    public String getPageParam() {
        return String.valueOf(getPage());
    }

    public boolean isHasPrevious() { return getPage() > 1; }
    public boolean isHasNext() { return getPage() < getPageCount(); }
}
