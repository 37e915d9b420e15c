package net.zeroxhost.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.admin.Admin;
import net.zeroxhost.portal.account.AccountService;
import net.zeroxhost.portal.account.Role;

/** The caller of this request, as the pages and backing beans need it. Looked up once per request. */
@Named
@RequestScoped
public class CurrentUser {

    /** The request rather than SecurityContext: the caller is then known on error pages too. */
    @Inject
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    private Optional<Account> account;

    private Boolean admin;

    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    /**
     * Asked once per request: the layout and the page both ask, and Payara answers each call
     * through a lock its request threads share (the 500-customer journey's profile).
     */
    public boolean isAdmin() {
        if (admin == null) {
            admin = request.isUserInRole(Role.ADMIN_NAME);
        }
        return admin;
    }

    public String getEmail() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    /**
     * The request attribute under which {@code DisabledAccountFilter} leaves the account it read
     * for a signed-in request, so that the request reads it once.
     */
    public static final String ACCOUNT_ATTRIBUTE = CurrentUser.class.getName() + ".account";

    /** The caller's account; empty when logged out (or the account was deleted meanwhile). */
    public Optional<Account> account() {
        if (account == null) {
            String email = getEmail();
            Object read = request.getAttribute(ACCOUNT_ATTRIBUTE);
            account = email == null ? Optional.empty()
                    : read instanceof Account known ? Optional.of(known) : accounts.findByEmail(email);
        }
        return account;
    }

    /** The caller as an admin action's log records them; only for pages the admin role guards. */
    public Admin admin() {
        Account me = account().orElseThrow(() -> new IllegalStateException("no signed-in account"));
        return new Admin(me.getId(), me.getEmail());
    }

    public boolean isActivated() {
        return account().map(Account::isActivated).orElse(false);
    }
}
