package net.zeroxhost.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import net.zeroxhost.portal.oxhost.OxhostGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-up and look-up of accounts. */
@ApplicationScoped
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private OxhostGateway oxhost;

    /** The 0xhost user new customers get; unset, they await activation (or get a fresh one in the sandbox). */
    @Inject
    @ConfigProperty(name = "oxhost.default-user-id")
    private Optional<String> defaultUserId;

    @Inject
    private Clock clock;

    @Inject
    private RecentAccounts recent;

    /**
     * The account of a signed-in caller, asked on each of their requests: as read a moment ago
     * ({@link RecentAccounts}). Logins and sign-ups read the database itself.
     */
    public Optional<Account> findSignedIn(String email) {
        return recent.get(Emails.normalize(email), this::findByEmail);
    }

    public Optional<Account> findByEmail(String email) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Emails.normalize(email))
                .getResultStream().findFirst();
    }

    /**
     * Creates a customer account. Its 0xhost user is the configured default one, a fresh UUID in
     * the sandbox (which accepts any), or none: then an admin must link one before it can buy.
     *
     * <p>A taken email creates nothing and changes nothing, but still costs a password hash, so
     * that the time of the answer does not tell that the email is registered: the caller shows
     * both outcomes the same way.
     *
     * @return the new account, or empty when the email already had one
     */
    @Transactional
    public Optional<Account> signUp(String email, String password) {
        if (findByEmail(email).isPresent()) {
            passwords.hash(password);
            return Optional.empty();
        }
        String oxhostUser = defaultUserId.map(String::strip).filter(id -> !id.isEmpty())
                .orElseGet(() -> oxhost.sandbox() ? UUID.randomUUID().toString() : null);
        return Optional.of(create(email, password, Role.CUSTOMER, oxhostUser));
    }

    /** Creates an account unless one with that email exists; used by the demo data. */
    @Transactional
    public Account ensure(String email, String password, Role role, String oxhostUserId) {
        return findByEmail(email).orElseGet(() -> create(email, password, role, oxhostUserId));
    }

    private Account create(String email, String password, Role role, String oxhostUserId) {
        Account account = new Account(email, passwords.hash(password), role, oxhostUserId, OffsetDateTime.now(clock));
        em.persist(account);
        return account;
    }
}
