package net.zeroxhost.portal.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import net.zeroxhost.portal.id.Ids;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads of the plan catalog. */
@ApplicationScoped
public class PlanCatalog {

    @PersistenceContext
    private EntityManager em;

    /**
     * How long the catalog page's list is kept. A change on this node forgets it at once
     * ({@link PlanChanges}); this bounds how long another node of a cluster shows the old list.
     */
    @Inject
    @ConfigProperty(name = "portal.catalog.cache-ms", defaultValue = "10000")
    long cacheMillis;

    @Inject
    Clock clock;

    /** The active plans as last read, and when; null once forgotten. */
    private volatile Snapshot snapshot;

    /** Counts the changes, so that a read which a change overtook is not kept. */
    private final AtomicLong changes = new AtomicLong();

    private record Snapshot(List<Plan> plans, Instant readAt) {
    }

    /**
     * The plans customers can buy, in catalog order: the catalog page's list, read from the
     * database at most once per {@code portal.catalog.cache-ms} (a round trip per page was a tenth
     * of the page's time; docs/performance.md). Shared, detached and unmodifiable: for reading.
     * A purchase checks its plan in the database ({@link #findActive}), never here.
     */
    public List<Plan> activePlans() {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (known != null && now.isBefore(known.readAt().plusMillis(cacheMillis))) {
            return known.plans();
        }
        long before = changes.get();
        List<Plan> read = List.copyOf(em.createQuery(
                "select p from Plan p where p.active = true order by p.sortOrder, p.name", Plan.class).getResultList());
        if (changes.get() == before) {
            snapshot = new Snapshot(read, now);
        }
        return read;
    }

    /** A plan changed: the next catalog read goes to the database. */
    void forget() {
        changes.incrementAndGet();
        snapshot = null;
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
