package net.zeroxhost.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.zeroxhost.portal.admin.Admin;
import net.zeroxhost.portal.admin.AdminAction;
import net.zeroxhost.portal.admin.AdminActionLog;
import net.zeroxhost.portal.id.Ids;
import net.zeroxhost.portal.platform.LikePattern;

/**
 * What admins do to accounts: find them, link the 0xhost user invoices are made for (which
 * activates an account that signed up without one), disable and enable. Each change and its
 * entry in the {@link AdminActionLog} are one transaction.
 */
@ApplicationScoped
public class AccountAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AdminActionLog log;

    @Inject
    private Clock clock;

    /** Why a change was not made. */
    public enum Refusal {
        NO_SUCH_ACCOUNT, NOT_A_0XHOST_USER_ID, OWN_ACCOUNT
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

    /**
     * Accounts whose email contains {@code part} (any case; null: all), by email, starting after
     * {@code afterEmail} (the last of the previous page, or null).
     */
    public List<Account> search(String part, String afterEmail, int size) {
        StringBuilder jpql = new StringBuilder("select a from Account a where 1 = 1");
        if (part != null) {
            jpql.append(" and a.email like :part escape '!'");
        }
        if (afterEmail != null) {
            jpql.append(" and a.email > :after");
        }
        TypedQuery<Account> query = em.createQuery(jpql.append(" order by a.email").toString(), Account.class)
                .setMaxResults(size);
        if (part != null) {
            query.setParameter("part", LikePattern.containingLowerCase(part));
        }
        if (afterEmail != null) {
            query.setParameter("after", afterEmail);
        }
        return query.getResultList();
    }

    public Optional<Account> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Account.class, id));
    }

    /**
     * Links the 0xhost user invoices of this account are created for; the first link activates a
     * pending account. Linking the value it has changes nothing and logs nothing.
     */
    @Transactional
    public Account linkOxhostUser(Admin admin, String accountId, String oxhostUserId) throws RefusedException {
        if (!Ids.isOxhostId(oxhostUserId)) {
            throw new RefusedException(Refusal.NOT_A_0XHOST_USER_ID);
        }
        String value = oxhostUserId.strip();
        Account account = locked(accountId);
        String before = account.getOxhostUserId();
        if (value.equals(before)) {
            return account;
        }
        account.linkOxhostUser(value);
        log.record(admin, AdminAction.Target.ACCOUNT, account.getId(), account.getEmail(),
                before == null ? "ACTIVATE" : "CHANGE_OXHOST_USER", before, value);
        return account;
    }

    /** Disables an account: it cannot log in, and its open sessions end at their next request. */
    @Transactional
    public Account disable(Admin admin, String accountId) throws RefusedException {
        if (admin.id().equals(accountId)) {
            // An admin who disables themself is locked out mid-task; another admin can do it.
            throw new RefusedException(Refusal.OWN_ACCOUNT);
        }
        Account account = locked(accountId);
        if (!account.isDisabled()) {
            account.disable(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            log.record(admin, AdminAction.Target.ACCOUNT, account.getId(), account.getEmail(), "DISABLE", "enabled", "disabled");
        }
        return account;
    }

    @Transactional
    public Account enable(Admin admin, String accountId) throws RefusedException {
        Account account = locked(accountId);
        if (account.isDisabled()) {
            account.enable();
            log.record(admin, AdminAction.Target.ACCOUNT, account.getId(), account.getEmail(), "ENABLE", "disabled", "enabled");
        }
        return account;
    }

    /** The account, locked until the transaction ends: two admins at once change it one after the other. */
    private Account locked(String accountId) throws RefusedException {
        Account account = accountId == null ? null : em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new RefusedException(Refusal.NO_SUCH_ACCOUNT);
        }
        return account;
    }
}
