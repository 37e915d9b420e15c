package net.zeroxhost.portal.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Waiting for conditions, never for luck: a probe polled until it holds, or the clock passing an instant. */
public final class Poll {

    private Poll() {
    }

    /** Polls until the condition holds; fails with the last value seen when it does not within the timeout. */
    public static <T> T until(String what, Duration timeout, Callable<T> probe, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T seen = probe.call();
            if (done.test(seen)) {
                return seen;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what + "; last seen: " + seen);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    /** Returns once the clock has passed the instant (one computed from a schedule or a refusal). */
    public static void untilPassed(Instant instant) throws InterruptedException {
        for (Instant now = Instant.now(); now.isBefore(instant); now = Instant.now()) {
            TimeUnit.MILLISECONDS.sleep(Math.min(200, Math.max(1, Duration.between(now, instant).toMillis())));
        }
    }
}
