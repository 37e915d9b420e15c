package net.zeroxhost.portal.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import net.zeroxhost.portal.id.Ids;

/**
 * Reads of invoice attempts. Who may see an attempt is part of each query, never a check made
 * after loading: a customer's query cannot return another customer's row.
 */
@ApplicationScoped
public class InvoiceQueries {

    /** "My invoices" shows this many, newest first. */
    public static final int MY_INVOICES_LIMIT = 200;

    @PersistenceContext
    private EntityManager em;

    /** The attempt if it exists and belongs to {@code accountId}. */
    public Optional<InvoiceAttempt> findOwned(String attemptId, String accountId) {
        if (!Ids.isWellFormed(attemptId)) {
            return Optional.empty();
        }
        return em.createQuery("""
                        select a from InvoiceAttempt a join fetch a.plan join fetch a.account
                        where a.id = :id and a.account.id = :account""", InvoiceAttempt.class)
                .setParameter("id", attemptId)
                .setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    /** Any attempt: for admins only (the web layer's security constraint and caller check). */
    public Optional<InvoiceAttempt> findAny(String attemptId) {
        if (!Ids.isWellFormed(attemptId)) {
            return Optional.empty();
        }
        return em.createQuery("""
                        select a from InvoiceAttempt a join fetch a.plan join fetch a.account
                        where a.id = :id""", InvoiceAttempt.class)
                .setParameter("id", attemptId)
                .getResultStream().findFirst();
    }

    public List<InvoiceAttempt> listOwned(String accountId) {
        return em.createQuery("""
                        select a from InvoiceAttempt a join fetch a.plan
                        where a.account.id = :account order by a.requestedAt desc, a.id""", InvoiceAttempt.class)
                .setParameter("account", accountId)
                .setMaxResults(MY_INVOICES_LIMIT)
                .getResultList();
    }
}
