package net.zeroxhost.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.account.AccountService;
import net.zeroxhost.portal.account.Role;

/** The caller of this request, as the pages and backing beans need it. Looked up once per request. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private Optional<Account> account;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_NAME);
    }

    public String getEmail() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** The caller's account; empty when logged out (or the account was deleted meanwhile). */
    public Optional<Account> account() {
        if (account == null) {
            String email = getEmail();
            account = email == null ? Optional.empty() : accounts.findByEmail(email);
        }
        return account;
    }

    public boolean isActivated() {
        return account().map(Account::isActivated).orElse(false);
    }
}
