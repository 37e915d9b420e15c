package net.zeroxhost.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecentAccountsTest {

    private static final String ALICE = "alice@example.com";
    private static final long EXPIRY_MS = 2_000;

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-12-08T00:00:00Z");

        void advance(Duration by) { now = now.plus(by); }
        @Override public Instant instant() { return now; }
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
    }

    private final TestClock clock = new TestClock();
    private final RecentAccounts recent = new RecentAccounts(clock, EXPIRY_MS);
    private final AtomicInteger reads = new AtomicInteger();
    private final Function<String, Optional<Account>> database = email -> {
        reads.incrementAndGet();
        return Optional.of(new Account(email, "hash", Role.CUSTOMER, null, OffsetDateTime.now(clock)));
    };

    @Test
    void aCallerWithinTheExpiryGetsTheAccountReadBefore() {
        Account first = recent.get(ALICE, database).orElseThrow();
        clock.advance(Duration.ofMillis(EXPIRY_MS - 1));

        assertThat(recent.get(ALICE, database)).containsSame(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void afterTheExpiryTheAccountIsReadAgain() {
        recent.get(ALICE, database);
        clock.advance(Duration.ofMillis(EXPIRY_MS));

        recent.get(ALICE, database);

        assertThat(reads).hasValue(2);
    }

    @Test
    void aWriteOfAnAccountMakesEveryCallerReadAgain() {
        recent.get(ALICE, database);
        recent.get("bob@example.com", database);

        recent.forget();
        recent.get(ALICE, database);
        recent.get("bob@example.com", database);

        assertThat(reads).hasValue(4);
    }

    @Test
    void aReadThatAWriteOvertookIsNotKept() {
        // The account is written while its read is under way: what the read saw may be the old row.
        recent.get(ALICE, email -> {
            recent.forget();
            return database.apply(email);
        });

        recent.get(ALICE, database);

        assertThat(reads).hasValue(2);
    }

    @Test
    void anUnknownCallerIsKeptAsUnknownToo() {
        Function<String, Optional<Account>> none = email -> {
            reads.incrementAndGet();
            return Optional.empty();
        };

        assertThat(recent.get(ALICE, none)).isEmpty();
        assertThat(recent.get(ALICE, none)).isEmpty();
        assertThat(reads).hasValue(1);
    }

    @Test
    void noExpiryReadsEveryTime() {
        RecentAccounts off = new RecentAccounts(clock, 0);

        off.get(ALICE, database);
        off.get(ALICE, database);

        assertThat(reads).hasValue(2);
        assertThat(off.size()).isZero();
    }

    @Test
    void pastTheMostKeptOnlyTheCallersOfTheLastMomentStay() {
        for (int i = 0; i < RecentAccounts.MOST; i++) {
            recent.get("customer-" + i + "@example.com", database);
        }
        clock.advance(Duration.ofMillis(EXPIRY_MS));

        recent.get(ALICE, database);

        assertThat(recent.size()).isEqualTo(1);
    }
}
