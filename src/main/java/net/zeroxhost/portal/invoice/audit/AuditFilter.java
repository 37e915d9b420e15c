package net.zeroxhost.portal.invoice.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.zeroxhost.portal.account.Emails;
import net.zeroxhost.portal.invoice.InvoiceState;

/**
 * Which attempts an admin asks for; every part is optional and the parts combine with "and".
 * Dates are whole days in UTC, both ends included, as the list shows its times in UTC.
 *
 * @param state    as the list shows it: EXPIRED is an OPEN invoice past its expiry, OPEN one before it
 * @param customer part of the customer's email, in any case
 * @param planId   the plan's id
 * @param trackId  0xhost's track id, exactly
 * @param orderId  0xhost's order id, exactly
 */
public record AuditFilter(InvoiceState state, String customer, String planId, LocalDate from, LocalDate to,
                          String trackId, String orderId) {

    /** Emails are stored normalised, so the part asked for is too. */
    public AuditFilter {
        customer = customer == null ? null : Emails.normalize(customer);
    }

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null, null);

    /** The first instant the filter takes, or null. */
    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant past the filter's last day, or null. */
    Instant untilInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean isEmpty() {
        return equals(ALL);
    }
}
