package net.zeroxhost.portal.oxhost.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Created;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Failed;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.OxhostInvoice;
import net.zeroxhost.portal.oxhost.SeedAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceAnswerReaderTest {

    private final InvoiceAnswerReader reader = new InvoiceAnswerReader(SeedAnswer.clock());

    static String seedAnswer() {
        return SeedAnswer.text();
    }

    static String reasonOf(InvoiceOutcome outcome) {
        if (outcome instanceof Failed failed) {
            return failed.reason();
        }
        if (outcome instanceof InvoiceOutcome.Unknown unknown) {
            return unknown.reason();
        }
        return null;
    }

    @Test
    void readsTheDocumentedExampleExactly() {
        InvoiceOutcome outcome = reader.read(200, seedAnswer());

        SeedAnswer.assertCreatedExactly(outcome);
    }

    @Test
    void acceptsNumbersSentAsStringsAndUnknownFields() {
        String body = seedAnswer()
                .replace("\"amount\": 89.97", "\"amount\": \"89.97\"")
                .replace("\"pay_amount\": 0.0358619204", "\"pay_amount\": \"0.03586192040000\"")
                .replace("\"expired_at\": 1764105348", "\"expired_at\": \"1764105348\"")
                .replace("\"track_id\": \"110816020\"", "\"track_id\": 110816020, \"surprise\": {\"nested\": [1, 2]}");

        Created created = (Created) reader.read(200, body);

        assertThat(created.invoice().amount()).isEqualTo(new BigDecimal("89.97"));
        assertThat(created.invoice().payAmount().toPlainString()).isEqualTo("0.03586192040000");
        assertThat(created.invoice().expiredAt()).isEqualTo(Instant.ofEpochSecond(1764105348));
        assertThat(created.invoice().trackId()).isEqualTo("110816020");
    }

    @Test
    void neverRoundsTheCryptoAmountThroughADouble() {
        String body = seedAnswer().replace("0.0358619204", "12345.123456789012345678");

        Created created = (Created) reader.read(200, body);

        assertThat(created.invoice().payAmount().toPlainString()).isEqualTo("12345.123456789012345678");
    }

    @Test
    void successFalseIsAFailureCarryingTheMessage() {
        Failed failed = (Failed) reader.read(200, "{\"success\": false, \"message\": \"Invalid user\", \"data\": []}");

        assertThat(failed.oxhostMessage()).isEqualTo("Invalid user");
        assertThat(failed.reason()).contains("success:false");
    }

    @ParameterizedTest
    @ValueSource(strings = {"address", "pay_amount", "pay_currency", "network", "expired_at", "track_id"})
    void successWithoutAFieldThePaymentPageNeedsIsAFailureNamingIt(String field) {
        String body = seedAnswer().replaceFirst("\"" + field + "\": [^,\\n]+,?", "");

        InvoiceOutcome outcome = reader.read(200, body);

        assertThat(outcome).isInstanceOf(Failed.class);
        assertThat(((Failed) outcome).reason()).contains(field);
    }

    @Test
    void rejectsAnAddressThatCouldCarryMarkup() {
        String body = seedAnswer().replace("0x7717324E33798466298275C82711084B452A8179", "<script>alert(1)</script>");

        assertThat(reader.read(200, body)).isInstanceOf(Failed.class);
    }

    @Test
    void rejectsANegativeOrZeroAmount() {
        assertThat(reader.read(200, seedAnswer().replace("0.0358619204", "-1"))).isInstanceOf(Failed.class);
        assertThat(reader.read(200, seedAnswer().replace("0.0358619204", "0"))).isInstanceOf(Failed.class);
    }

    @Test
    void rejectsAnExpiryInMilliseconds() {
        assertThat(reader.read(200, seedAnswer().replace("1764105348", "1764105348000"))).isInstanceOf(Failed.class);
    }

    /** Replaces one field's value of the seed answer with raw JSON. */
    private static String withField(String field, String json) {
        String body = seedAnswer().replaceFirst("\"" + field + "\": [^,\\n]+", "\"" + field + "\": " + json.replace("\\", "\\\\").replace("$", "\\$"));
        assertThat(body).contains("\"" + field + "\": " + json);
        return body;
    }

    /** Reading must stay cheap however absurd the number: no plain text or arithmetic on it first. */
    private InvoiceOutcome readQuickly(String body) {
        return assertTimeoutPreemptively(Duration.ofSeconds(2), () -> reader.read(200, body));
    }

    private void assertRefusedNaming(String field, String json) {
        InvoiceOutcome outcome = readQuickly(withField(field, json));

        assertThat(outcome).as(field + ": " + json).isNotInstanceOf(Created.class);
        assertThat(reasonOf(outcome)).as(field + ": " + json).contains(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+100", "1e-70", "1E+999999999", "1E-999999999", "\"1E+999999999\"", "\"-1e-999999999\"",
            "-0", "-0.0", "0E-10", "0E+999999999", "\"-0\"", "-0.0358619204", "12345678901234567890123456789012345678901",
            "1234567890123.5", "0.1234567890123456789", "0.0358619204000000000", "\"9999999999999999999999999999999999999\"",
            "\"NaN\"", "\"Infinity\"", "\"0x10\"", "true", "{}", "[1]"})
    void anAbsurdCryptoAmountIsRefused(String json) {
        assertRefusedNaming("pay_amount", json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+100", "1e-70", "1E+999999999", "-0", "-89.97", "0", "89.123456789", "1234567890123"})
    void anAbsurdFiatAmountIsRefused(String json) {
        assertRefusedNaming("amount", json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "1e-70", "1764105348.5", "1764105348000", "-1764105348", "0", "-0",
            "\"1E+999999999\"", "1764105348.0000000000", "176410534800000000000000000000000000000", "\"soon\""})
    void anAbsurdExpiryIsRefused(String json) {
        assertRefusedNaming("expired_at", json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "1e-70", "1764099948.5", "1764099948000", "-1", "0"})
    void anAbsurdCreationDateIsRefused(String json) {
        assertRefusedNaming("date", json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "1e-70", "90.5", "-90", "0", "-0", "10081", "2147483648", "\"ninety\""})
    void anAbsurdLifetimeIsRefused(String json) {
        assertRefusedNaming("lifetime", json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "1.5", "1E+3", "1234567890123456789012345678901", "-1"})
    void aTrackIdSentAsAnAbsurdNumberIsRefused(String json) {
        assertRefusedNaming("track_id", json);
    }

    /** Numbers the JSON parser itself refuses (Parsson: more than 1100 characters, exponent overflow). */
    @ParameterizedTest
    @ValueSource(strings = {"1E+9999999999", "1E-2147483649", "DIGITS"})
    void aNumberBeyondWhatTheParserReadsIsNoInvoice(String json) {
        String value = json.equals("DIGITS") ? "1" + "0".repeat(60_000) : json;

        assertThat(readQuickly(seedAnswer().replace("0.0358619204", value))).isNotInstanceOf(Created.class);
    }

    @Test
    void aTransactionIdSentAsAnAbsurdNumberIsDropped() {
        Created created = (Created) readQuickly(seedAnswer().replace("\"5763d0d0-ca37-11f0-8cdf-525400792197\"", "1E+999999999"));

        assertThat(created.invoice().transactionId()).isNull();
    }

    @Test
    void numbersWithinTheBoundsAreKeptExactlyAndPlain() {
        String body = withField("amount", "1E+2");
        body = body.replace("0.0358619204", "3.5E-5").replace("\"lifetime\": 90", "\"lifetime\": 90.0")
                .replace("1764105348", "1764105348.000");

        Created created = (Created) reader.read(200, body);

        assertThat(created.invoice().amount().toPlainString()).isEqualTo("100");
        assertThat(created.invoice().payAmount().toPlainString()).isEqualTo("0.000035");
        assertThat(created.invoice().lifetimeMinutes()).isEqualTo(90);
        assertThat(created.invoice().expiredAt()).isEqualTo(Instant.ofEpochSecond(1764105348));
    }

    @Test
    void theLargestAmountsAllowedFitTheirColumns() {
        String body = withField("amount", "\"999999999999.99999999\"").replace("0.0358619204", "999999999999.999999999999999999");

        Created created = (Created) reader.read(200, body);

        assertThat(created.invoice().amount().toPlainString()).hasSizeLessThanOrEqualTo(64);
        assertThat(created.invoice().payAmount().toPlainString()).isEqualTo("999999999999.999999999999999999")
                .hasSizeLessThanOrEqualTo(64);
    }

    @Test
    void anExpiryInThePastIsRefused() {
        InvoiceAnswerReader later = new InvoiceAnswerReader(Clock.fixed(Instant.ofEpochSecond(1764105348), ZoneOffset.UTC));

        InvoiceOutcome outcome = later.read(200, seedAnswer());

        assertThat(outcome).isNotInstanceOf(Created.class);
        assertThat(reasonOf(outcome)).contains("expired_at in the past");
    }

    @Test
    void anExpiryOneSecondAheadIsAccepted() {
        InvoiceAnswerReader late = new InvoiceAnswerReader(Clock.fixed(Instant.ofEpochSecond(1764105347), ZoneOffset.UTC));

        assertThat(late.read(200, seedAnswer())).isInstanceOf(Created.class);
    }

    @Test
    void anExpiryMoreThanAWeekAheadIsRefused() {
        long aWeek = Duration.ofDays(7).toSeconds();
        String atTheBound = seedAnswer().replace("1764105348", String.valueOf(SeedAnswer.CREATED_AT.getEpochSecond() + aWeek));
        String beyond = seedAnswer().replace("1764105348", String.valueOf(SeedAnswer.CREATED_AT.getEpochSecond() + aWeek + 1));

        assertThat(reader.read(200, atTheBound)).isInstanceOf(Created.class);
        InvoiceOutcome outcome = reader.read(200, beyond);
        assertThat(outcome).isNotInstanceOf(Created.class);
        assertThat(reasonOf(outcome)).contains("expired_at more than 7 days ahead");
    }

    @Test
    void httpErrorIsAFailureKeepingStatusAndMessage() {
        Failed failed = (Failed) reader.read(401, "{\"success\": false, \"message\": \"Invalid API key\"}");

        assertThat(failed.reason()).isEqualTo("HTTP 401");
        assertThat(failed.oxhostMessage()).isEqualTo("Invalid API key");
        assertThat(failed.exchange().httpStatus()).isEqualTo(401);
    }

    @Test
    void httpErrorWithAnHtmlPageIsAFailure() {
        Failed failed = (Failed) reader.read(502, "<html><body>Bad gateway</body></html>");

        assertThat(failed.reason()).contains("502");
        assertThat(failed.oxhostMessage()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "[1,2,3]", "\"text\"", "{\"success\": true", "null"})
    void garbageIsAFailure(String body) {
        assertThat(reader.read(200, body)).isInstanceOf(Failed.class);
    }

    @Test
    void successWithoutDataObjectIsAFailure() {
        assertThat(reader.read(200, "{\"success\": true, \"message\": \"ok\", \"data\": []}")).isInstanceOf(Failed.class);
        assertThat(reader.read(200, "{\"success\": true}")).isInstanceOf(Failed.class);
    }

    @Test
    void anAmountThatIsNotANumberIsAFailure() {
        assertThat(reader.read(200, seedAnswer().replace("0.0358619204", "\"lots\""))).isInstanceOf(Failed.class);
    }

    @Test
    void longMessagesAreCutAndControlCharactersDropped() {
        String message = "bad\u0000\u001b[31m" + "x".repeat(1000);
        Failed failed = (Failed) reader.read(200, "{\"success\": false, \"message\": \"" + message.replace("\u0000", "\\u0000").replace("\u001b", "\\u001b") + "\"}");

        assertThat(failed.oxhostMessage()).doesNotContain("\u0000").doesNotContain("\u001b");
        assertThat(failed.oxhostMessage().length()).isLessThanOrEqualTo(301);
    }

    /** Each as a JSON escape, so that the parser itself delivers the character to the reader. */
    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u001b", "\\u0085", "\\u202e", "\\u200b", "\\u2028", "\\ud800", "\\udc00",
            "\\ufffd", "\\n"})
    void aNetworkWithACharacterThatCannotBeStoredOrShownIsRefused(String escape) {
        String body = seedAnswer().replace("\"Ethereum Network\"", "\"Ethereum" + escape + "Network\"");

        InvoiceOutcome outcome = reader.read(200, body);

        assertThat(outcome).isNotInstanceOf(Created.class);
        assertThat(reasonOf(outcome)).contains("network");
    }

    @Test
    void aNetworkWithLettersOfAnyScriptIsKept() {
        Created created = (Created) reader.read(200, seedAnswer().replace("Ethereum Network", "Réseau Éthereum \uD83D\uDD37"));

        assertThat(created.invoice().network()).isEqualTo("Réseau Éthereum \uD83D\uDD37");
    }

    @Test
    void theKeptBodyHasNoCharacterADatabaseRefuses() {
        String body = "<html>\u0000NUL\u0007bell\u001bESC\u0085C1 \ud800lone\tkept\r\nkept \uD83D\uDD37 pair</html>";

        String kept = reader.read(502, body).exchange().body();

        assertThat(kept).isEqualTo("<html>\uFFFDNUL\uFFFDbell\uFFFDESC\uFFFDC1 \uFFFDlone\tkept\r\nkept \uD83D\uDD37 pair</html>");
    }

    @Test
    void theKeptBodyIsNeverCutInsideASurrogatePair() {
        String body = "x".repeat(InvoiceAnswerReader.MAX_KEPT_BODY - 1) + "\uD83D\uDD37" + "tail";

        String kept = reader.read(500, body).exchange().body();

        assertThat(kept).hasSize(InvoiceAnswerReader.MAX_KEPT_BODY - 1).doesNotContain("\uD83D");
    }

    @Test
    void theMessageIsOneStorableLine() {
        String json = "{\"success\": false, \"message\": \"Server\\u0000sold\\n\\tout \\ud800 \\u202e!\"}";

        Failed failed = (Failed) reader.read(200, json);

        assertThat(failed.oxhostMessage()).isEqualTo("Server sold out \uFFFD !");
    }

    @Test
    void aMessageOfOnlyControlCharactersIsNoMessage() {
        Failed failed = (Failed) reader.read(200, "{\"success\": false, \"message\": \"\\u0000\\u0001 \\n\"}");

        assertThat(failed.oxhostMessage()).isNull();
    }

    @Test
    void keepsAtMostTheAuditLimitOfTheBody() {
        String big = "{\"success\": false, \"message\": \"" + "y".repeat(40_000) + "\"}";

        assertThat(reader.read(500, big).exchange().body()).hasSize(InvoiceAnswerReader.MAX_KEPT_BODY);
    }
}
