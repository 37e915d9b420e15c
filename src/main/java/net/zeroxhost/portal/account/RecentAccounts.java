package net.zeroxhost.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts of signed-in callers as read a moment ago. Every signed-in request asks whether its
 * account may still be signed in (a disabled one's session ends at its next request), and that
 * read was the largest single cost of the catalog page after rendering (docs/performance.md). A
 * write of any account on this node forgets them all ({@link AccountChanges}); another node of a
 * cluster sees a change within {@code portal.account.cache-ms}. Logins never read from here.
 *
 * <p>The accounts are detached and shared between requests: for reading only.
 */
@ApplicationScoped
public class RecentAccounts {

    /** Beyond this many, the reads that expired are dropped: only accounts active right now stay. */
    static final int MOST = 10_000;

    @Inject
    @ConfigProperty(name = "portal.account.cache-ms", defaultValue = "2000")
    long cacheMillis;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<String, Read> reads = new ConcurrentHashMap<>();

    /** Counts the writes, so that a read which a write overtook is not kept. */
    private final AtomicLong changes = new AtomicLong();

    private record Read(Optional<Account> account, Instant at) {
    }

    RecentAccounts() {
    }

    RecentAccounts(Clock clock, long cacheMillis) {
        this.clock = clock;
        this.cacheMillis = cacheMillis;
    }

    /** The account of {@code email} as read within the expiry, or as {@code reader} reads it now. */
    public Optional<Account> get(String email, Function<String, Optional<Account>> reader) {
        Instant now = clock.instant();
        Read known = reads.get(email);
        if (known != null && now.isBefore(known.at().plusMillis(cacheMillis))) {
            return known.account();
        }
        long before = changes.get();
        Optional<Account> read = reader.apply(email);
        if (cacheMillis > 0 && changes.get() == before) {
            if (reads.size() >= MOST) {
                reads.values().removeIf(old -> !now.isBefore(old.at().plusMillis(cacheMillis)));
            }
            reads.put(email, new Read(read, now));
        }
        return read;
    }

    /** An account was written: the next request of every caller reads its account again. */
    void forget() {
        changes.incrementAndGet();
        reads.clear();
    }

    int size() {
        return reads.size();
    }
}
