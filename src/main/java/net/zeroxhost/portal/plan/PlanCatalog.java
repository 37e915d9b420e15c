package net.zeroxhost.portal.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import net.zeroxhost.portal.id.Ids;

/** Reads of the plan catalog. */
@ApplicationScoped
public class PlanCatalog {

    @PersistenceContext
    private EntityManager em;

    /** The plans customers can buy, in catalog order. */
    public List<Plan> activePlans() {
        return em.createQuery("select p from Plan p where p.active = true order by p.sortOrder, p.name", Plan.class)
                .getResultList();
    }

    /** Every plan, retired ones too (they keep their invoices' history), in catalog order. */
    public List<Plan> allPlans() {
        return em.createQuery("select p from Plan p order by p.active desc, p.sortOrder, p.name", Plan.class)
                .getResultList();
    }

    public Optional<Plan> findActive(String id) {
        if (!Ids.isWellFormed(id)) {
            return Optional.empty();
        }
        return em.createQuery("select p from Plan p where p.id = :id and p.active = true", Plan.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public Optional<Plan> findByServerId(String oxhostServerId) {
        return em.createQuery("select p from Plan p where p.oxhostServerId = :server", Plan.class)
                .setParameter("server", oxhostServerId)
                .getResultStream().findFirst();
    }
}
