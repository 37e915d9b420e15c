package net.zeroxhost.portal.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most so many password hashes at once; the next one waits a little for its turn, then is
 * refused. PBKDF2 at the OWASP count is meant to be slow: a flood of logins would otherwise
 * keep every core hashing and starve the pages of everyone else.
 */
final class HashGate {

    /** Too many hashes at once: nothing was checked, the caller may try again in a moment. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("too many password hashes at once", null, false, false);
        }
    }

    private final Semaphore permits;
    private final Duration wait;

    HashGate(int permits, Duration wait) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one hash at a time: " + permits);
        }
        this.permits = new Semaphore(permits, true);
        this.wait = wait;
    }

    <T> T run(Supplier<T> hashing) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        if (!acquired) {
            throw new Busy();
        }
        try {
            return hashing.get();
        } finally {
            permits.release();
        }
    }
}
