package net.zeroxhost.portal.account;

import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * What the login mechanism and identity store learned about this request's login beyond valid or
 * not: that it was too busy to check the password ({@link HashGate}), or that failed logins closed
 * it for a while ({@link LoginThrottle}), so the login page can say "try again" rather than
 * "wrong password". Request-scoped: the login page and the identity store run
 * in the same request.
 */
@RequestScoped
public class LoginStatus {

    private boolean busy;
    private boolean disabled;
    private Duration refusedFor;

    void markDisabled() {
        disabled = true;
    }

    /** The password was right, but an admin disabled the account. */
    public boolean isDisabled() {
        return disabled;
    }

    void markBusy() {
        busy = true;
    }

    public boolean isBusy() {
        return busy;
    }

    void markRefused(Duration timeLeft) {
        refusedFor = timeLeft;
    }

    /** Refused by {@link LoginThrottle}, nothing checked: how long until another try is allowed. */
    public Optional<Duration> refusedFor() {
        return Optional.ofNullable(refusedFor);
    }
}
