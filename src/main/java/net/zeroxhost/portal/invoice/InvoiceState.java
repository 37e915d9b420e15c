package net.zeroxhost.portal.invoice;

/**
 * The life of an invoice attempt (docs/contract.md): REQUESTED → OPEN → EXPIRED, or REQUESTED → FAILED
 * or UNKNOWN. EXPIRED is never stored: it is an OPEN invoice read after its {@code expired_at},
 * so it is always exactly right without a job that rewrites rows on the hour.
 */
public enum InvoiceState {
    /** Recorded; the call to 0xhost is under way (or the portal stopped during it). */
    REQUESTED,
    /** 0xhost returned an invoice; awaiting payment. */
    OPEN,
    /** An OPEN invoice past its expiry. */
    EXPIRED,
    /** 0xhost certainly created no invoice; the reason is kept. */
    FAILED,
    /** The request may have reached 0xhost but no answer was read; never retried automatically. */
    UNKNOWN
}
