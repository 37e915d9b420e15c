package net.zeroxhost.portal.oxhost;

/**
 * What became of one call to create an invoice. The cases map onto the attempt's states: OPEN,
 * FAILED (0xhost certainly created nothing: it refused, or the request was never sent) and
 * UNKNOWN (it may have; never retried). Each carries what was received, for the audit trail.
 */
public sealed interface InvoiceOutcome {

    Exchange exchange();

    /**
     * Whether this outcome says 0xhost is unreachable or in trouble rather than answering: no
     * answer at all, a 5xx, or a 429. Repeated, these open the circuit; a refusal of this one
     * request (a 4xx, {@code success:false}) or an answer the portal cannot read does not.
     */
    default boolean signalsOutage() {
        if (this instanceof Created || this instanceof Held) {
            return false;
        }
        Integer status = exchange().httpStatus();
        return status == null || status >= 500 || status == 429;
    }

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

    /**
     * The portal held the request back and sent nothing, because 0xhost is failing (the circuit
     * is open) or already has as many calls in flight as the portal allows: FAILED, and the
     * customer is told that payments are briefly unavailable.
     */
    record Held(String reason) implements InvoiceOutcome {

        @Override
        public Exchange exchange() {
            return Exchange.NONE;
        }
    }

    /** The raw answer: HTTP status and body, when they were read; both null when nothing was. */
    record Exchange(Integer httpStatus, String body) {

        public static final Exchange NONE = new Exchange(null, null);
    }
}
