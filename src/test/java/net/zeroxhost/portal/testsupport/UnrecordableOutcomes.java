package net.zeroxhost.portal.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.zeroxhost.portal.invoice.InvoiceAttempt;
import net.zeroxhost.portal.invoice.InvoiceLedger;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;

/**
 * The invoice ledger, except that recording the outcome of an attempt for a plan sold as a
 * {@code srv-unrecordable-…} server fails, as a write the database refuses would. Only in
 * InvoiceServiceIT's deployment, where it replaces the ledger everywhere (an alternative with a
 * priority): a database that fails on cue cannot be had honestly in every server of the matrix,
 * and this exercises the same path in the service, its two tries, its log line and the sweep.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class UnrecordableOutcomes extends InvoiceLedger {

    public static final String SERVER_PREFIX = "srv-unrecordable-";

    private static final Map<String, AtomicInteger> REFUSED = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    /** How often recording the outcome of that attempt was refused. */
    public static int refusals(String attemptId) {
        AtomicInteger count = REFUSED.get(attemptId);
        return count == null ? 0 : count.get();
    }

    // Redeclared: an overriding method does not inherit the interceptor binding.
    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public void complete(String attemptId, InvoiceOutcome outcome, Instant now, Duration latency) {
        InvoiceAttempt attempt = em.find(InvoiceAttempt.class, attemptId);
        if (attempt.getPlan().getOxhostServerId().startsWith(SERVER_PREFIX)) {
            REFUSED.computeIfAbsent(attemptId, id -> new AtomicInteger()).incrementAndGet();
            throw new PersistenceException("test: the database refused to record the outcome");
        }
        super.complete(attemptId, outcome, now, latency);
    }
}
