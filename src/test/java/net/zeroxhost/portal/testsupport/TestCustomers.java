package net.zeroxhost.portal.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.account.Role;

/**
 * Activated customers for in-container tests that need many of them and never log them in. No
 * password is hashed (PBKDF2 at the OWASP count costs a good part of a second here, fifty of them
 * most of a test's time): the stored hash is one no password matches.
 */
@ApplicationScoped
public class TestCustomers {

    private static final String NO_LOGIN = "test-customer:no-password-matches";

    @PersistenceContext
    EntityManager em;

    @Transactional
    public Account create(String tag) {
        Account account = new Account(tag + "-" + UUID.randomUUID() + "@example.com", NO_LOGIN, Role.CUSTOMER,
                UUID.randomUUID().toString(), OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(account);
        return account;
    }
}
