package net.zeroxhost.portal.web;

import java.time.Instant;
import net.zeroxhost.portal.invoice.InvoiceAttempt;
import net.zeroxhost.portal.invoice.InvoiceState;

/**
 * An attempt with its state as of this request, for the tables. A class with getters rather than a
 * record: Jakarta EL 5 (EE 10) does not read record accessors.
 */
public final class InvoiceRow {

    private final InvoiceAttempt attempt;
    private final InvoiceState state;

    private InvoiceRow(InvoiceAttempt attempt, InvoiceState state) {
        this.attempt = attempt;
        this.state = state;
    }

    public static InvoiceRow of(InvoiceAttempt attempt, Instant now) {
        return new InvoiceRow(attempt, attempt.stateAt(now));
    }

    public InvoiceAttempt getAttempt() {
        return attempt;
    }

    public InvoiceState getState() {
        return state;
    }

    /** The bundle key of the state's label. */
    public String getStateKey() {
        return "state." + state.name();
    }
}
