package net.zeroxhost.portal.web.invoices;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.invoice.InvoiceQueries;
import net.zeroxhost.portal.web.CurrentUser;
import net.zeroxhost.portal.web.InvoiceRow;

/** {@code /invoices}: the caller's own invoices, newest first. */
@Named
@RequestScoped
public class MyInvoicesBacking {

    @Inject
    InvoiceQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    private List<InvoiceRow> rows;

    public List<InvoiceRow> getRows() {
        if (rows == null) {
            Instant now = clock.instant();
            rows = user.account().map(Account::getId)
                    .map(id -> queries.listOwned(id).stream().map(a -> InvoiceRow.of(a, now)).toList())
                    .orElse(List.of());
        }
        return rows;
    }
}
