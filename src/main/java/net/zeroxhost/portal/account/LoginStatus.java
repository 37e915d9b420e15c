package net.zeroxhost.portal.account;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the identity store learned about this request's login beyond valid or not: that it was
 * too busy to check the password ({@link HashGate}), so the login page can say "try again in a
 * moment" rather than "wrong password". Request-scoped: the login page and the identity store run
 * in the same request.
 */
@RequestScoped
public class LoginStatus {

    private boolean busy;

    void markBusy() {
        busy = true;
    }

    public boolean isBusy() {
        return busy;
    }
}
