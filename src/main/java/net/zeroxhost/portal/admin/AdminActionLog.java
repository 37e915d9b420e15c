package net.zeroxhost.portal.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.zeroxhost.portal.platform.LikePattern;

/** Writes admin actions into the change's own transaction, and reads them back newest first. */
@ApplicationScoped
public class AdminActionLog {

    /** Longest before or after value kept; the column's size. */
    static final int VALUE_CHARS = 2_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Records an action. Mandatory transaction: an entry written apart from its change could
     * outlive a change that rolled back, or be lost while the change stayed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AdminAction record(Admin admin, AdminAction.Target target, String targetId, String targetLabel,
                              String action, String before, String after) {
        AdminAction entry = new AdminAction(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), admin,
                target, targetId, targetLabel, action, cap(before), cap(after));
        em.persist(entry);
        return entry;
    }

    private static String cap(String value) {
        return value == null || value.length() <= VALUE_CHARS ? value : value.substring(0, VALUE_CHARS);
    }

    /** What the log page filters by; null parts take everything. */
    public record Filter(AdminAction.Target target, String targetId, String adminEmail) {
    }

    /**
     * A page of the log, newest first, starting after {@code after} (an entry of the previous
     * page, or null): a keyset read, whatever the log's length.
     */
    public List<AdminAction> page(Filter filter, AdminAction after, int size) {
        StringBuilder jpql = new StringBuilder("select e from AdminAction e where 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (filter.target() != null) {
            jpql.append(" and e.targetType = :target");
            params.add(new Object[] {"target", filter.target()});
        }
        if (filter.targetId() != null) {
            jpql.append(" and e.targetId = :targetId");
            params.add(new Object[] {"targetId", filter.targetId()});
        }
        if (filter.adminEmail() != null) {
            jpql.append(" and e.adminEmail like :admin escape '!'");
            params.add(new Object[] {"admin", LikePattern.containingLowerCase(filter.adminEmail())});
        }
        if (after != null) {
            jpql.append(" and (e.actedAt < :at or (e.actedAt = :at and e.id < :id))");
            params.add(new Object[] {"at", after.getActedAt()});
            params.add(new Object[] {"id", after.getId()});
        }
        jpql.append(" order by e.actedAt desc, e.id desc");
        TypedQuery<AdminAction> query = em.createQuery(jpql.toString(), AdminAction.class).setMaxResults(size);
        for (Object[] p : params) {
            query.setParameter((String) p[0], p[1]);
        }
        return query.getResultList();
    }

    public AdminAction find(String id) {
        return id == null ? null : em.find(AdminAction.class, id);
    }
}
