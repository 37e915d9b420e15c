package net.zeroxhost.portal.web.invoices;

import java.time.Instant;
import net.zeroxhost.portal.invoice.InvoiceAttempt;
import net.zeroxhost.portal.invoice.InvoiceState;

/** An attempt with its state as of this request, for the tables. */
public record InvoiceRow(InvoiceAttempt attempt, InvoiceState state) {

    public static InvoiceRow of(InvoiceAttempt attempt, Instant now) {
        return new InvoiceRow(attempt, attempt.stateAt(now));
    }

    /** The bundle key of the state's label. */
    public String stateKey() {
        return "state." + state.name();
    }
}
