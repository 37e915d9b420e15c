package net.zeroxhost.portal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures counted per key (an email, a client address): the first few are free, each one after
 * them closes the key for twice as long as the one before, up to a ceiling. A key's count is
 * forgotten once it has been quiet for a while. Never a permanent lockout: the longest refusal is
 * the ceiling, and a success clears the key.
 *
 * <p>Held in memory, per node: keys are bounded in number, and when the table is full the quiet
 * ones go first, then any, so a flood of made-up keys costs memory once and cannot grow it.
 */
final class Backoff {

    /** How forgiving a key is: failures that cost nothing, the first refusal, the longest, and when a quiet key is forgotten. */
    record Policy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {
        Policy {
            if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || forgetAfter.isNegative()) {
                throw new IllegalArgumentException("not a backoff policy: " + this);
            }
        }

        /** The refusal after {@code failures} failures: none while free, then doubling up to the ceiling. */
        Duration delayAfter(int failures) {
            int over = failures - freeFailures;
            if (over <= 0) {
                return Duration.ZERO;
            }
            // Doubling 2^(over-1) times overflows long before 62 steps; the ceiling comes first anyway.
            Duration delay = firstDelay;
            for (int i = 1; i < over && delay.compareTo(maxDelay) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    private record Entry(int failures, Instant last, Instant closedUntil) {
        boolean forgotten(Instant now, Duration forgetAfter) {
            return !now.isBefore(last.plus(forgetAfter)) && !now.isBefore(closedUntil);
        }
    }

    private final Policy policy;
    private final int maxKeys;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Backoff(Policy policy, int maxKeys) {
        this.policy = policy;
        this.maxKeys = maxKeys;
    }

    /** How long the key stays closed from now on, if it is. */
    Optional<Duration> refusal(String key, Instant now) {
        Entry entry = entries.get(key);
        if (entry == null || !now.isBefore(entry.closedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, entry.closedUntil()));
    }

    /** One more failure for the key; returns how long it is closed now (zero while failures are free). */
    Duration failed(String key, Instant now) {
        if (!entries.containsKey(key) && entries.size() >= maxKeys) {
            makeRoom(now);
        }
        Entry entry = entries.compute(key, (k, old) -> {
            int failures = old == null || old.forgotten(now, policy.forgetAfter()) ? 1 : old.failures() + 1;
            return new Entry(failures, now, now.plus(policy.delayAfter(failures)));
        });
        return Duration.between(now, entry.closedUntil());
    }

    /** A success: the key starts afresh. */
    void succeeded(String key) {
        entries.remove(key);
    }

    int size() {
        return entries.size();
    }

    private void makeRoom(Instant now) {
        entries.values().removeIf(e -> e.forgotten(now, policy.forgetAfter()));
        // Still full: the table is under a flood of keys; drop some (ConcurrentHashMap's order), not grow.
        Iterator<String> keys = entries.keySet().iterator();
        while (entries.size() >= maxKeys && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
