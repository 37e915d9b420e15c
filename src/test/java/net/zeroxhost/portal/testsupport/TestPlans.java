package net.zeroxhost.portal.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import net.zeroxhost.portal.plan.Plan;

/**
 * Plans for in-container tests, each sold as the given 0xhost server. A transactional bean rather
 * than the test's own UserTransaction: a JNDI lookup of it from the test thread once came back
 * empty on Payara Micro (WELD-000044), the interceptor needs no lookup.
 */
@ApplicationScoped
public class TestPlans {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public Plan forServer(String serverId) {
        return forServer(serverId, new BigDecimal("89.97"));
    }

    /** A new plan at {@code price}, or the one already sold as that server. */
    @Transactional
    public Plan forServer(String serverId, BigDecimal price) {
        return em.createQuery("select p from Plan p where p.oxhostServerId = :s", Plan.class)
                .setParameter("s", serverId).getResultStream().findFirst()
                .orElseGet(() -> {
                    Plan created = new Plan("IT " + serverId, 1, 1, 10, "Test", price, "EUR",
                            serverId, 99);
                    em.persist(created);
                    return created;
                });
    }
}
