package net.zeroxhost.portal.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.zeroxhost.portal.invoice.InvoiceLedger.Reservation;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.OxhostGateway;

/**
 * Creates invoices: records the attempt, calls 0xhost once, records what came of it. The call
 * runs outside any transaction, so no database lock or connection is held while 0xhost thinks.
 */
@ApplicationScoped
public class InvoiceService {

    private static final Logger LOG = Logger.getLogger(InvoiceService.class.getName());

    /** A REQUESTED attempt younger than the gateway's deadline plus this is taken to be in flight. */
    private static final Duration IN_FLIGHT_MARGIN = Duration.ofSeconds(30);

    /**
     * An open invoice is offered again only while this much time is left: a customer who opens it
     * with a minute to go would pay after it expired.
     */
    static final Duration MIN_TIME_TO_PAY = Duration.ofMinutes(20);

    @Inject
    InvoiceLedger ledger;

    @Inject
    OxhostGateway gateway;

    @Inject
    Clock clock;

    /**
     * @return the id of the attempt to show: a new one, or the one already made by the same form
     *         or still usable for this customer and plan
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public String requestInvoice(String accountId, String planId, String idempotencyKey)
            throws InvoiceRefusedException {
        Instant now = clock.instant();
        Reservation reservation = ledger.reserve(accountId, planId, idempotencyKey, gateway.endpoint(), now,
                inFlightSince(now), now.plus(MIN_TIME_TO_PAY));
        if (!reservation.isNew()) {
            return reservation.attemptId();
        }
        InvoiceOutcome outcome = call(reservation);
        record(reservation.attemptId(), outcome);
        if (!(outcome instanceof InvoiceOutcome.Created)) {
            LOG.warning(() -> "Invoice attempt " + reservation.attemptId() + " did not open: " + reason(outcome));
        }
        return reservation.attemptId();
    }

    /**
     * Moves every attempt whose outcome was lost to UNKNOWN; see {@link InvoiceLedger#giveUpOnStale}.
     *
     * @return how many it moved
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public int giveUpOnStaleAttempts() {
        Instant now = clock.instant();
        return ledger.giveUpOnStale(inFlightSince(now), now);
    }

    /** Attempts REQUESTED since then may still be waiting for 0xhost; older ones lost their outcome. */
    private Instant inFlightSince(Instant now) {
        return now.minus(gateway.exchangeDeadline()).minus(IN_FLIGHT_MARGIN);
    }

    /**
     * Records the outcome, trying twice: a database blip must not cost a created invoice. Should
     * both fail, the attempt stays REQUESTED until the sweep makes it UNKNOWN, and the log keeps
     * what 0xhost answered for support.
     */
    private void record(String attemptId, InvoiceOutcome outcome) {
        for (int tries = 1; ; tries++) {
            try {
                ledger.complete(attemptId, outcome, clock.instant());
                return;
            } catch (RuntimeException e) {
                if (tries == 2) {
                    LOG.log(Level.SEVERE, "Could not record the outcome of invoice attempt " + attemptId + " ("
                            + summary(outcome) + "); the sweep will mark it UNKNOWN", e);
                    return;
                }
                LOG.log(Level.WARNING, "Recording the outcome of invoice attempt " + attemptId + " failed; trying again", e);
            }
        }
    }

    private static String summary(InvoiceOutcome outcome) {
        if (outcome instanceof InvoiceOutcome.Created created) {
            return "OPEN, 0xhost track id " + created.invoice().trackId();
        }
        return reason(outcome);
    }

    private InvoiceOutcome call(Reservation reservation) {
        try {
            return gateway.createInvoice(reservation.request());
        } catch (RuntimeException e) {
            // A gateway must not throw; if one does, the request may still have left.
            LOG.log(Level.SEVERE, "0xhost gateway failed unexpectedly for attempt " + reservation.attemptId(), e);
            return new InvoiceOutcome.Unknown("unexpected error in the portal: " + e.getClass().getName(),
                    InvoiceOutcome.Exchange.NONE);
        }
    }

    private static String reason(InvoiceOutcome outcome) {
        if (outcome instanceof InvoiceOutcome.Failed failed) {
            return "FAILED, " + failed.reason();
        }
        return "UNKNOWN, " + ((InvoiceOutcome.Unknown) outcome).reason();
    }
}
