package net.zeroxhost.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void aLineBreakCannotForgeASecondLogEntry() {
        String forged = "sold out\nSEVERE: admin password is hunter2\r\n";

        String line = LogText.oneLine(forged);

        assertThat(line).doesNotContain("\n").doesNotContain("\r")
                .isEqualTo("sold out\\u000aSEVERE: admin password is hunter2\\u000d\\u000a");
    }

    @Test
    void everyControlCharacterAndUnicodeLineSeparatorIsEscaped() {
        assertThat(LogText.oneLine("a\u0000b\u001bc\u0085d\u2028e\u2029f\tg"))
                .isEqualTo("a\\u0000b\\u001bc\\u0085d\\u2028e\\u2029f\\u0009g");
    }

    @Test
    void aBackslashIsEscapedSoAnEscapeInTheTextCannotPassForOneOfOurs() {
        assertThat(LogText.oneLine("C:\\u000a")).isEqualTo("C:\\\\u000a");
    }

    @Test
    void aLongTextIsCutAndSaysHowMuchWasLeftOut() {
        String line = LogText.oneLine("x".repeat(LogText.MAX_CHARS + 50));

        assertThat(line).startsWith("x".repeat(LogText.MAX_CHARS)).endsWith("…(50 more chars)");
    }

    @Test
    void plainTextAndNullPassAsTheyAre() {
        assertThat(LogText.oneLine("HTTP 503 from 0xhost: Ümlaut ok")).isEqualTo("HTTP 503 from 0xhost: Ümlaut ok");
        assertThat(LogText.oneLine(null)).isEqualTo("-");
    }
}
