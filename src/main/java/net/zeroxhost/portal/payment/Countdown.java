package net.zeroxhost.portal.payment;

import java.time.Duration;
import java.time.Instant;

/**
 * Time left to pay, by the server's clock: the page states it without JavaScript, and the script
 * only counts down from the seconds given here, never from the browser's own clock (which may be
 * off by hours).
 */
public final class Countdown {

    private Countdown() {
    }

    /** Whole minutes left, rounded down; 0 once expired. */
    public static long minutesLeft(Instant now, Instant expiresAt) {
        Duration left = Duration.between(now, expiresAt);
        return left.isNegative() ? 0 : left.toMinutes();
    }

    /** Whole seconds left, rounded up, so that 0 means expired and not "less than a second". */
    public static long secondsLeft(Instant now, Instant expiresAt) {
        Duration left = Duration.between(now, expiresAt);
        if (left.isNegative() || left.isZero()) {
            return 0;
        }
        return left.getNano() == 0 ? left.getSeconds() : left.getSeconds() + 1;
    }
}
