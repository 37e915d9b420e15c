package net.zeroxhost.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Backoff.Policy POLICY = new Backoff.Policy(3, Duration.ofSeconds(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void theFreeFailuresCostNothingThenEachRefusalDoublesUpToTheCeiling() {
        assertThat(POLICY.delayAfter(1)).isZero();
        assertThat(POLICY.delayAfter(3)).isZero();
        assertThat(POLICY.delayAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(POLICY.delayAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(POLICY.delayAfter(8)).isEqualTo(Duration.ofSeconds(16));
        assertThat(POLICY.delayAfter(12)).isEqualTo(Duration.ofSeconds(256));
        assertThat(POLICY.delayAfter(13)).as("the ceiling").isEqualTo(Duration.ofMinutes(5));
        assertThat(POLICY.delayAfter(Integer.MAX_VALUE)).as("no overflow").isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aKeyIsClosedAfterItsFreeFailuresAndOpensAgainWhenItsTimeIsUp() {
        Backoff backoff = new Backoff(POLICY, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(backoff.failed("k", T0)).isZero();
            assertThat(backoff.refusal("k", T0)).isEmpty();
        }
        assertThat(backoff.failed("k", T0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.refusal("k", T0.plusMillis(400))).contains(Duration.ofMillis(600));
        assertThat(backoff.refusal("other", T0)).as("other keys are not touched").isEmpty();
        assertThat(backoff.refusal("k", T0.plusSeconds(1))).isEmpty();
        assertThat(backoff.failed("k", T0.plusSeconds(1))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aSuccessClearsTheKeyAndAQuietKeyIsForgotten() {
        Backoff backoff = new Backoff(POLICY, 100);
        for (int i = 0; i < 4; i++) {
            backoff.failed("k", T0);
        }
        backoff.succeeded("k");
        assertThat(backoff.refusal("k", T0)).isEmpty();
        assertThat(backoff.failed("k", T0)).as("counting starts again").isZero();

        for (int i = 0; i < 4; i++) {
            backoff.failed("quiet", T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(15));
        assertThat(backoff.failed("quiet", later)).as("after 15 quiet minutes it is the first failure again").isZero();
    }

    @Test
    void aFloodOfKeysCannotGrowTheTableBeyondItsBound() {
        Backoff backoff = new Backoff(POLICY, 1_000);
        for (int i = 0; i < 50_000; i++) {
            backoff.failed("made-up-" + i, T0);
        }
        assertThat(backoff.size()).isLessThanOrEqualTo(1_000);
        assertThat(backoff.failed("made-up-new", T0)).as("a new key is still counted").isZero();
    }
}
