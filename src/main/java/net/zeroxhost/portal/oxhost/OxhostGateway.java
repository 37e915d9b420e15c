package net.zeroxhost.portal.oxhost;

import java.time.Duration;

/**
 * The portal's port to 0xhost. Implementations translate the wire format at this border and never
 * throw for anything 0xhost or the network does: every such event is an {@link InvoiceOutcome}.
 * They must not retry: creating an invoice is not idempotent.
 */
public interface OxhostGateway {

    /** Where requests go, for the audit trail (never a secret). */
    String endpoint();

    /**
     * The headers each request carries, one "name: value" per line as the audit trail keeps them:
     * the API key's value is masked here, never recorded.
     */
    String requestHeaders();

    /** True for the built-in sandbox, which the pages announce with a banner. */
    boolean sandbox();

    /**
     * The longest one {@link #createInvoice} call can take: a recorded request older than this
     * is no longer in flight, whatever became of it.
     */
    Duration exchangeDeadline();

    InvoiceOutcome createInvoice(InvoiceRequest request);
}
