package net.zeroxhost.portal.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.InvoiceRequest;
import net.zeroxhost.portal.plan.Plan;

/**
 * The two writes around a call to 0xhost, each in its own committed transaction, so that an
 * attempt is on record before the call and its outcome right after, whatever happens between.
 */
@ApplicationScoped
public class InvoiceLedger {

    @PersistenceContext
    private EntityManager em;

    /** The result of {@link #reserve}: an attempt to show, and a request to send if it is new. */
    public record Reservation(String attemptId, InvoiceRequest request) {

        public boolean isNew() {
            return request != null;
        }
    }

    /**
     * Records a REQUESTED attempt, unless the same form was already submitted (same key, which
     * is bound to the customer and the plan it was minted for: any other use is refused) or an
     * invoice the customer can still use exists for this plan (open until at least
     * {@code openUntil}, or in flight since {@code inFlightSince}): then that one is returned and
     * nothing is to be sent. The account row is locked so that concurrent requests of one
     * customer are decided one after the other.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Reservation reserve(String accountId, String planId, String idempotencyKey, String endpoint,
                               String headers, Instant now, Instant inFlightSince, Instant openUntil)
            throws InvoiceRefusedException {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new InvoiceRefusedException(InvoiceRefusedException.Why.NO_ACCOUNT);
        }
        if (account.isDisabled()) {
            throw new InvoiceRefusedException(InvoiceRefusedException.Why.DISABLED);
        }
        Optional<InvoiceAttempt> sameForm = em.createNamedQuery(InvoiceAttempt.BY_FORM, InvoiceAttempt.class)
                .setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
        if (sameForm.isPresent()) {
            if (!sameForm.get().getAccount().getId().equals(accountId)) {
                throw new InvoiceRefusedException(InvoiceRefusedException.Why.ANOTHER_ACCOUNTS_FORM);
            }
            if (!sameForm.get().getPlan().getId().equals(planId)) {
                throw new InvoiceRefusedException(InvoiceRefusedException.Why.ANOTHER_PLANS_FORM);
            }
            return new Reservation(sameForm.get().getId(), null);
        }
        Plan plan = em.find(Plan.class, planId);
        if (plan == null || !plan.isActive()) {
            throw new InvoiceRefusedException(InvoiceRefusedException.Why.NO_PLAN);
        }
        if (!account.isActivated()) {
            throw new InvoiceRefusedException(InvoiceRefusedException.Why.NOT_ACTIVATED);
        }
        // No row limit: setting one makes EclipseLink prepare the query anew, and a customer has
        // at most a few usable attempts of one plan (the first is the newest).
        Optional<InvoiceAttempt> usable = em.createNamedQuery(InvoiceAttempt.USABLE, InvoiceAttempt.class)
                .setParameter("account", account)
                .setParameter("plan", plan)
                .setParameter("open", InvoiceState.OPEN)
                .setParameter("requested", InvoiceState.REQUESTED)
                .setParameter("openUntil", openUntil.atOffset(ZoneOffset.UTC))
                .setParameter("inFlightSince", inFlightSince.atOffset(ZoneOffset.UTC))
                .getResultStream().findFirst();
        if (usable.isPresent()) {
            return new Reservation(usable.get().getId(), null);
        }
        InvoiceRequest request = new InvoiceRequest(account.getOxhostUserId(), plan.getOxhostServerId());
        InvoiceAttempt attempt = new InvoiceAttempt(idempotencyKey, account, plan, endpoint, headers, request.body(), now);
        em.persist(attempt);
        return new Reservation(attempt.getId(), request);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void complete(String attemptId, InvoiceOutcome outcome, Instant now, Duration latency) {
        InvoiceAttempt attempt = em.find(InvoiceAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        attempt.complete(outcome, now, latency);
    }

    /**
     * Gives up on every attempt still REQUESTED that was recorded before {@code requestedBefore}:
     * its outcome was lost (the server died mid-call, or recording it failed), so it becomes
     * UNKNOWN. One guarded UPDATE, so that nodes sweeping at the same moment each move a row at
     * most once and never overwrite an outcome recorded meanwhile.
     *
     * @return how many attempts it moved
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int giveUpOnStale(Instant requestedBefore, Instant now) {
        return em.createQuery("""
                        update InvoiceAttempt a
                        set a.state = :unknown, a.completedAt = :now, a.gaveUpAt = :now, a.answer.failureReason = :reason
                        where a.state = :requested and a.requestedAt < :requestedBefore""")
                .setParameter("unknown", InvoiceState.UNKNOWN)
                .setParameter("requested", InvoiceState.REQUESTED)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("requestedBefore", requestedBefore.atOffset(ZoneOffset.UTC))
                .setParameter("reason", STALE_REASON)
                .executeUpdate();
    }

    /** What admins read on an attempt the sweep gave up on (the crash test looks for it on the admin page). */
    public static final String STALE_REASON = "no outcome was recorded within the exchange's deadline"
            + " (the server stopped during the call, or recording the outcome failed)";
}
