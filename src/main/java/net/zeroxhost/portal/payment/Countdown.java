package net.zeroxhost.portal.payment;

import java.time.Duration;
import java.time.Instant;

/** Time left to pay, as the page states it without JavaScript (the script only refines it). */
public final class Countdown {

    private Countdown() {
    }

    /** Whole minutes left, rounded down; 0 once expired. */
    public static long minutesLeft(Instant now, Instant expiresAt) {
        Duration left = Duration.between(now, expiresAt);
        return left.isNegative() ? 0 : left.toMinutes();
    }
}
