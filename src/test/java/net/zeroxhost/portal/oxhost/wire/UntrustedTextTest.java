package net.zeroxhost.portal.oxhost.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntrustedTextTest {

    @Test
    void plainTextOfAnyScriptIsDisplayable() {
        assertThat(UntrustedText.isDisplayable("Ethereum Network")).isTrue();
        assertThat(UntrustedText.isDisplayable("Сеть Tron (TRC-20) \uD83D\uDD37")).isTrue();
    }

    @Test
    void controlFormatSurrogateAndReplacementCharactersAreNot() {
        for (String bad : new String[] {"a\u0000", "a\t", "a\u0085", "a\u202e", "a\u200b", "a\u2029", "a\ud800",
                "a\udc00b", "a\ufffd", "a\ue000", "a\u0378"}) {
            assertThat(UntrustedText.isDisplayable(bad)).as(bad).isFalse();
        }
    }

    @Test
    void storableKeepsLineBreaksAndPairsAndReplacesTheRest() {
        assertThat(UntrustedText.storable("a\u0000b\u007fc\u009fd\ud800e\t\r\n\uD83D\uDD37", 100))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\t\r\n\uD83D\uDD37");
    }

    @Test
    void storableCutsAtTheLimitWithoutSplittingAPair() {
        assertThat(UntrustedText.storable("abc\uD83D\uDD37", 4)).isEqualTo("abc");
        assertThat(UntrustedText.storable("abc\uD83D\uDD37", 5)).isEqualTo("abc\uD83D\uDD37");
        assertThat(UntrustedText.storable("x".repeat(1_000_000), 10)).hasSize(10);
    }

    @Test
    void lineFlattensBoundsAndMarksTheCut() {
        assertThat(UntrustedText.line("  a\u0000\n\n b\u00a0c  ", 100)).isEqualTo("a b c");
        assertThat(UntrustedText.line("y".repeat(1_000_000), 300)).hasSize(301).endsWith("…");
        assertThat(UntrustedText.line("\u0000\u0001", 300)).isNull();
        assertThat(UntrustedText.line(null, 300)).isNull();
    }
}
