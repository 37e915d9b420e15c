package net.zeroxhost.portal.oxhost;

/**
 * What became of one call to create an invoice. The three cases map onto the attempt's states:
 * OPEN, FAILED (0xhost certainly created nothing) and UNKNOWN (it may have; never retried).
 * Each carries what was received, for the audit trail.
 */
public sealed interface InvoiceOutcome {

    Exchange exchange();

    record Created(OxhostInvoice invoice, Exchange exchange) implements InvoiceOutcome {
    }

    /**
     * @param reason          for the audit trail, written by the portal
     * @param oxhostMessage 0xhost's own words when it sent any (untrusted text), else null
     */
    record Failed(String reason, String oxhostMessage, Exchange exchange) implements InvoiceOutcome {
    }

    record Unknown(String reason, Exchange exchange) implements InvoiceOutcome {
    }

    /** The raw answer: HTTP status and body, when they were read; both null when nothing was. */
    record Exchange(Integer httpStatus, String body) {

        public static final Exchange NONE = new Exchange(null, null);
    }
}
