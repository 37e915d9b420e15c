package net.zeroxhost.portal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CountdownTest {

    private static final Instant EXPIRY = Instant.ofEpochSecond(1764105348);

    @Test
    void wholeMinutesLeftAreRoundedDown() {
        assertThat(Countdown.minutesLeft(EXPIRY.minus(Duration.ofMinutes(90)), EXPIRY)).isEqualTo(90);
        assertThat(Countdown.minutesLeft(EXPIRY.minus(Duration.ofSeconds(89 * 60 + 59)), EXPIRY)).isEqualTo(89);
        assertThat(Countdown.minutesLeft(EXPIRY.minusSeconds(60), EXPIRY)).isEqualTo(1);
        assertThat(Countdown.minutesLeft(EXPIRY.minusSeconds(59), EXPIRY)).isZero();
        assertThat(Countdown.minutesLeft(EXPIRY.minusMillis(1), EXPIRY)).isZero();
    }

    @Test
    void nothingIsLeftAtOrAfterExpiry() {
        assertThat(Countdown.minutesLeft(EXPIRY, EXPIRY)).isZero();
        assertThat(Countdown.minutesLeft(EXPIRY.plusSeconds(1), EXPIRY)).isZero();
        assertThat(Countdown.minutesLeft(EXPIRY.plus(Duration.ofDays(3)), EXPIRY)).isZero();
    }

    @Test
    void secondsLeftAreRoundedUpAndZeroOnlyFromExpiryOn() {
        assertThat(Countdown.secondsLeft(EXPIRY.minus(Duration.ofMinutes(90)), EXPIRY)).isEqualTo(5400);
        assertThat(Countdown.secondsLeft(EXPIRY.minusMillis(1500), EXPIRY)).isEqualTo(2);
        assertThat(Countdown.secondsLeft(EXPIRY.minusMillis(1), EXPIRY)).isEqualTo(1);
        assertThat(Countdown.secondsLeft(EXPIRY, EXPIRY)).isZero();
        assertThat(Countdown.secondsLeft(EXPIRY.plus(Duration.ofDays(3)), EXPIRY)).isZero();
    }
}
