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
import net.zeroxhost.portal.oxhost.guard.GuardedOxhost;
import net.zeroxhost.portal.platform.LogText;

/**
 * Creates invoices: records the attempt, calls 0xhost once (through the bulkhead and circuit
 * breaker of {@link GuardedOxhost}), records what came of it, and logs one line for it. The call
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
    GuardedOxhost guarded;

    @Inject
    Clock clock;

    /**
     * @return the id of the attempt to show: a new one, or the one already made by the same form
     *         or still usable for this customer and plan
     * @throws InvoiceRefusedException when a rule forbids the request, or with
     *         {@link InvoiceRefusedException.Why#PAYMENTS_PAUSED} when the attempt was recorded but
     *         held back (0xhost is failing): nothing was sent, and the customer may try again soon
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public String requestInvoice(String accountId, String planId, String idempotencyKey)
            throws InvoiceRefusedException {
        Instant now = clock.instant();
        Reservation reservation = ledger.reserve(accountId, planId, idempotencyKey, gateway.endpoint(),
                gateway.requestHeaders(), now,
                inFlightSince(now), now.plus(MIN_TIME_TO_PAY));
        if (!reservation.isNew()) {
            return reservation.attemptId();
        }
        long started = System.nanoTime();
        InvoiceOutcome outcome = call(reservation);
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        boolean recorded = record(reservation.attemptId(), outcome, latency);
        logAttempt(reservation.attemptId(), outcome, latency.toMillis(), recorded);
        if (outcome instanceof InvoiceOutcome.Held) {
            throw new InvoiceRefusedException(InvoiceRefusedException.Why.PAYMENTS_PAUSED);
        }
        return reservation.attemptId();
    }

    /**
     * The one line per attempt that operators grep: its id, outcome, latency and status. The
     * reason can quote 0xhost's answer, so it is made one safe line; the key is never in a reason.
     */
    private static void logAttempt(String attemptId, InvoiceOutcome outcome, long millis, boolean recorded) {
        Integer status = outcome.exchange().httpStatus();
        StringBuilder line = new StringBuilder("invoice attempt ").append(attemptId)
                .append(" outcome=").append(state(outcome))
                .append(" latency_ms=").append(millis)
                .append(" http_status=").append(status == null ? "-" : status.toString());
        if (outcome instanceof InvoiceOutcome.Created created) {
            line.append(" track_id=").append(LogText.oneLine(created.invoice().trackId()));
        } else {
            line.append(" reason=").append(LogText.oneLine(reasonOf(outcome)));
        }
        if (!recorded) {
            line.append(" recorded=no");
        }
        LOG.log(outcome instanceof InvoiceOutcome.Created && recorded ? Level.INFO : Level.WARNING, line.toString());
    }

    private static String state(InvoiceOutcome outcome) {
        if (outcome instanceof InvoiceOutcome.Created) {
            return InvoiceState.OPEN.name();
        }
        return outcome instanceof InvoiceOutcome.Unknown ? InvoiceState.UNKNOWN.name() : InvoiceState.FAILED.name();
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
    private boolean record(String attemptId, InvoiceOutcome outcome, Duration latency) {
        for (int tries = 1; ; tries++) {
            try {
                ledger.complete(attemptId, outcome, clock.instant(), latency);
                return true;
            } catch (RuntimeException e) {
                if (tries == 2) {
                    LOG.log(Level.SEVERE, "Could not record the outcome of invoice attempt " + attemptId + " ("
                            + LogText.oneLine(summary(outcome)) + "); the sweep will mark it UNKNOWN", e);
                    return false;
                }
                LOG.log(Level.WARNING, "Recording the outcome of invoice attempt " + attemptId + " failed; trying again", e);
            }
        }
    }

    private static String summary(InvoiceOutcome outcome) {
        if (outcome instanceof InvoiceOutcome.Created created) {
            return "OPEN, 0xhost track id " + created.invoice().trackId();
        }
        return state(outcome) + ", " + reasonOf(outcome);
    }

    private InvoiceOutcome call(Reservation reservation) {
        try {
            return guarded.createInvoice(reservation.request());
        } catch (RuntimeException e) {
            // A gateway must not throw; if one does, the request may still have left.
            LOG.log(Level.SEVERE, "0xhost gateway failed unexpectedly for attempt " + reservation.attemptId(), e);
            return new InvoiceOutcome.Unknown("unexpected error in the portal: " + e.getClass().getName(),
                    InvoiceOutcome.Exchange.NONE);
        }
    }

    private static String reasonOf(InvoiceOutcome outcome) {
        if (outcome instanceof InvoiceOutcome.Failed failed) {
            return failed.reason();
        }
        if (outcome instanceof InvoiceOutcome.Held held) {
            return held.reason();
        }
        return outcome instanceof InvoiceOutcome.Unknown unknown ? unknown.reason() : "";
    }
}
