package net.zeroxhost.portal.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import net.zeroxhost.portal.admin.Admin;
import net.zeroxhost.portal.admin.AdminAction;
import net.zeroxhost.portal.admin.AdminActionLog;
import net.zeroxhost.portal.id.Ids;

/**
 * What admins do to the catalog: create, edit, retire and restore plans. An edit changes the plan,
 * never an invoice already made: each attempt keeps the name and price it was made with, and the
 * request it sent. A retired plan leaves the catalog and cannot be bought, but keeps its history.
 * Each change and its entry in the {@link AdminActionLog} are one transaction.
 */
@ApplicationScoped
public class PlanAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AdminActionLog log;

    /** Why a change was not made. */
    public enum Refusal {
        NO_SUCH_PLAN, SERVER_TAKEN
    }

    public static final class RefusedException extends Exception {

        private final Refusal refusal;

        public RefusedException(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    public Optional<Plan> find(String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em.find(Plan.class, id)) : Optional.empty();
    }

    @Transactional
    public Plan create(Admin admin, PlanForm.Values values) throws RefusedException {
        refuseTakenServer(values.oxhostServerId(), null);
        Plan plan = new Plan(values.name(), values.vcpu(), values.ramGb(), values.diskGb(), values.location(),
                values.price(), values.currency(), values.oxhostServerId(), values.sortOrder());
        em.persist(plan);
        log.record(admin, AdminAction.Target.PLAN, plan.getId(), plan.getName(), "CREATE_PLAN", null, values.describe());
        return plan;
    }

    /** Edits a plan; the same values change nothing and log nothing. */
    @Transactional
    public Plan edit(Admin admin, String planId, PlanForm.Values values) throws RefusedException {
        Plan plan = locked(planId);
        PlanForm.Values before = PlanForm.of(plan).parse().values();
        if (values.equals(before)) {
            return plan;
        }
        refuseTakenServer(values.oxhostServerId(), plan.getId());
        plan.edit(values);
        log.record(admin, AdminAction.Target.PLAN, plan.getId(), plan.getName(), "EDIT_PLAN",
                before == null ? null : before.describe(), values.describe());
        return plan;
    }

    @Transactional
    public Plan retire(Admin admin, String planId) throws RefusedException {
        Plan plan = locked(planId);
        if (plan.isActive()) {
            plan.retire();
            log.record(admin, AdminAction.Target.PLAN, plan.getId(), plan.getName(), "RETIRE_PLAN", "in the catalog", "retired");
        }
        return plan;
    }

    @Transactional
    public Plan restore(Admin admin, String planId) throws RefusedException {
        Plan plan = locked(planId);
        if (!plan.isActive()) {
            plan.restore();
            log.record(admin, AdminAction.Target.PLAN, plan.getId(), plan.getName(), "RESTORE_PLAN", "retired", "in the catalog");
        }
        return plan;
    }

    /** One 0xhost server is sold as one plan (the database's unique key says so too). */
    private void refuseTakenServer(String serverId, String planId) throws RefusedException {
        Long others = em.createQuery("select count(p) from Plan p where p.oxhostServerId = :server and p.id <> :id", Long.class)
                .setParameter("server", serverId).setParameter("id", planId == null ? "" : planId).getSingleResult();
        if (others > 0) {
            throw new RefusedException(Refusal.SERVER_TAKEN);
        }
    }

    private Plan locked(String planId) throws RefusedException {
        Plan plan = Ids.isWellFormed(planId) ? em.find(Plan.class, planId, LockModeType.PESSIMISTIC_WRITE) : null;
        if (plan == null) {
            throw new RefusedException(Refusal.NO_SUCH_PLAN);
        }
        return plan;
    }
}
