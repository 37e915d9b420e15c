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
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Unknown;
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
        if (outcome instanceof Unknown unknown) {
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

    /** 0xhost said it created the invoice: refusing to show it must not tell the customer to try again. */
    @ParameterizedTest
    @ValueSource(strings = {"address", "pay_amount", "pay_currency", "network", "expired_at", "track_id", "amount", "currency"})
    void successWithoutAFieldThePaymentPageNeedsIsUnknownNamingIt(String field) {
        String body = seedAnswer().replaceFirst("\"" + field + "\": [^,\\n]+,?", "");

        InvoiceOutcome outcome = reader.read(200, body);

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(((Unknown) outcome).reason()).startsWith("0xhost answered success:true with an unusable invoice")
                .contains(field);
        assertThat(outcome.exchange().body()).isEqualTo(body);
    }

    @Test
    void rejectsAnAddressThatCouldCarryMarkup() {
        String body = seedAnswer().replace("0x7717324E33798466298275C82711084B452A8179", "<script>alert(1)</script>");

        assertThat(reader.read(200, body)).isInstanceOf(Unknown.class);
    }

    @Test
    void rejectsANegativeOrZeroAmount() {
        assertThat(reader.read(200, seedAnswer().replace("0.0358619204", "-1"))).isInstanceOf(Unknown.class);
        assertThat(reader.read(200, seedAnswer().replace("0.0358619204", "0"))).isInstanceOf(Unknown.class);
    }

    @Test
    void rejectsAnExpiryInMilliseconds() {
        assertThat(reader.read(200, seedAnswer().replace("1764105348", "1764105348000"))).isInstanceOf(Unknown.class);
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

        assertThat(outcome).as(field + ": " + json).isInstanceOf(Unknown.class);
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

        assertThat(readQuickly(seedAnswer().replace("0.0358619204", value))).isInstanceOf(Unknown.class);
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

        assertThat(outcome).isInstanceOf(Unknown.class);
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
        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(reasonOf(outcome)).contains("expired_at more than 7 days ahead");
    }

    @Test
    void httpErrorIsAFailureKeepingStatusAndMessage() {
        Failed failed = (Failed) reader.read(401, "{\"success\": false, \"message\": \"Invalid API key\"}");

        assertThat(failed.reason()).isEqualTo("HTTP 401");
        assertThat(failed.oxhostMessage()).isEqualTo("Invalid API key");
        assertThat(failed.exchange().httpStatus()).isEqualTo(401);
    }

    private static final String[] BODIES = {
            "{\"success\": false, \"message\": \"Nope\", \"data\": []}",
            "<html><body><h1>Error</h1></body></html>",
            ""};

    /** The documented API refuses these before it creates anything (see InvoiceAnswerReader.byStatus). */
    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 405, 408, 409, 413, 422, 429, 499, 503})
    void aRefusingStatusIsFailedWhateverTheBody(int status) {
        for (String body : BODIES) {
            InvoiceOutcome outcome = reader.read(status, body);

            assertThat(outcome).as(status + " " + body).isInstanceOf(Failed.class);
            assertThat(((Failed) outcome).reason()).isEqualTo("HTTP " + status);
            assertThat(outcome.exchange().httpStatus()).isEqualTo(status);
            assertThat(outcome.exchange().body()).isEqualTo(body);
        }
    }

    /** A 500 may come after the invoice was written; 502 and 504 after a proxy passed the request on. */
    @ParameterizedTest
    @ValueSource(ints = {500, 501, 502, 504, 505, 520, 524, 599, 600, 999, 100, 199})
    void aServerOrGatewayErrorIsUnknownWhateverTheBody(int status) {
        for (String body : BODIES) {
            InvoiceOutcome outcome = reader.read(status, body);

            assertThat(outcome).as(status + " " + body).isInstanceOf(Unknown.class);
            assertThat(((Unknown) outcome).reason()).isEqualTo("HTTP " + status);
            assertThat(outcome.exchange().body()).isEqualTo(body);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308, 300, 399})
    void aRedirectIsFailedNamingOnlyTheHost(int status) {
        for (String body : BODIES) {
            InvoiceOutcome outcome = reader.read(
                    new HttpAnswer(status, "https://elsewhere.example:8443/API/invoice?x-api-key=secret#frag", body, null));

            assertThat(outcome).isInstanceOf(Failed.class);
            assertThat(((Failed) outcome).reason()).isEqualTo("0xhost redirected to elsewhere.example");
            assertThat(((Failed) outcome).oxhostMessage()).isNull();
        }
    }

    @Test
    void aRedirectWithoutAUsableLocationIsFailedSayingSo() {
        assertThat(((Failed) reader.read(302, "")).reason()).isEqualTo("0xhost redirected without a Location");
        assertThat(((Failed) reader.read(new HttpAnswer(302, "http://exa mple/\u0000", "", null))).reason())
                .isEqualTo("0xhost redirected to an unreadable location");
        assertThat(((Failed) reader.read(new HttpAnswer(302, "mailto:someone@example.com", "", null))).reason())
                .isEqualTo("0xhost redirected to a location without a host");
    }

    @Test
    void aRefusalWhoseBodySaysSuccessIsUnknown() {
        InvoiceOutcome outcome = reader.read(400, seedAnswer());

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(((Unknown) outcome).reason()).isEqualTo("HTTP 400 but the body says success:true");
    }

    /** A 2xx comes from whatever processed the request: only an explicit success:false rules an invoice out. */
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "<html>Maintenance</html>", "[1,2,3]", "\"text\"", "{\"success\": true",
            "null", "{}", "{\"message\": \"ok\"}", "{\"success\": null}", "{\"success\": \"maybe\"}", "{\"success\": \"no\"}",
            "{\"success\": 0}", "{\"success\": []}"})
    void garbageWithA2xxIsUnknown(String body) {
        for (int status : new int[] {200, 201, 202, 204}) {
            InvoiceOutcome outcome = reader.read(status, body);

            assertThat(outcome).as(status + " " + body).isInstanceOf(Unknown.class);
            assertThat(((Unknown) outcome).reason()).startsWith("HTTP " + status);
        }
    }

    @Test
    void onlyAClearFalseIsSuccessFalse() {
        assertThat(reader.read(200, "{\"success\": \"false\", \"message\": \"Sold out\"}")).isInstanceOf(Failed.class);
        String trueAsText = seedAnswer().replaceFirst("\"success\": true", "\"success\": \"true\"");
        assertThat(trueAsText).startsWith("{\n\"success\": \"true\"");
        assertThat(reader.read(200, trueAsText)).isInstanceOf(Created.class);
    }

    @Test
    void successWithoutDataObjectIsUnknown() {
        assertThat(reader.read(200, "{\"success\": true, \"message\": \"ok\", \"data\": []}")).isInstanceOf(Unknown.class);
        assertThat(reader.read(200, "{\"success\": true}")).isInstanceOf(Unknown.class);
    }

    @Test
    void anAmountThatIsNotANumberIsUnknown() {
        assertThat(reader.read(200, seedAnswer().replace("0.0358619204", "\"lots\""))).isInstanceOf(Unknown.class);
    }

    /**
     * JSON-B would turn a number or a boolean into the text of a String field: a payment page that
     * says "send only true" or names an address 0xhost sent as a number is not an invoice.
     */
    @ParameterizedTest
    @ValueSource(strings = {"currency", "pay_currency", "network", "address"})
    void aTextFieldSentAsAnotherJsonTypeIsRefused(String field) {
        for (String json : new String[] {"12345678901234567890", "978", "true", "[\"ETH\"]", "{\"name\": \"ETH\"}"}) {
            assertRefusedNaming(field, json);
        }
    }

    /** A list of errors where the message was expected must not hide a clear success:false. */
    @Test
    void successFalseWithAMessageThatIsNotTextIsStillFailedWithoutAMessage() {
        for (String message : new String[] {"[\"Invalid user\"]", "{\"error\": \"Invalid user\"}", "5", "true", "null"}) {
            InvoiceOutcome outcome = reader.read(200, "{\"success\": false, \"message\": " + message + ", \"data\": []}");

            assertThat(outcome).as(message).isInstanceOf(Failed.class);
            assertThat(((Failed) outcome).oxhostMessage()).as(message).isNull();
            assertThat(((Failed) outcome).reason()).as(message).isEqualTo("0xhost answered success:false");
        }
        Failed refused = (Failed) reader.read(403, "{\"success\": false, \"message\": [\"Invalid API key\"]}");
        assertThat(refused.oxhostMessage()).isNull();
    }

    @Test
    void aSuccessWhoseMessageIsNotTextIsReadByItsInvoice() {
        String body = seedAnswer().replace("\"Operation completed successfully!\"", "[\"Operation\", \"completed\"]");
        assertThat(body).contains("\"message\": [");

        InvoiceOutcome outcome = reader.read(200, body);

        assertThat(outcome).isInstanceOf(Created.class);
        assertThat(((Created) outcome).invoice().address()).isEqualTo("0x7717324E33798466298275C82711084B452A8179");
    }

    @Test
    void anIncompleteAnswerIsUnknownWithA2xxAndClassifiedByStatusOtherwise() {
        String cut = "larger than 65536 bytes";

        Unknown success = (Unknown) reader.read(new HttpAnswer(200, null, seedAnswer(), cut));
        Failed refused = (Failed) reader.read(new HttpAnswer(503, null, "{\"success\": true", cut));
        Unknown broken = (Unknown) reader.read(new HttpAnswer(500, null, null, "broken off: SocketException (Connection reset)"));

        assertThat(success.reason()).isEqualTo("HTTP 200 answer larger than 65536 bytes");
        assertThat(refused.reason()).isEqualTo("HTTP 503 (answer larger than 65536 bytes)");
        assertThat(broken.reason()).isEqualTo("HTTP 500 (answer broken off: SocketException (Connection reset))");
        assertThat(broken.exchange().body()).isNull();
    }

    @Test
    void bytesThatAreNotUtf8NeverReachAField() {
        byte[] body = seedAnswer().replace("Ethereum Network", "Ethereum Network\u00ff").getBytes(StandardCharsets.ISO_8859_1);

        InvoiceOutcome outcome = reader.read(HttpAnswer.of(200, null, body, null));

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(((Unknown) outcome).reason()).contains("network");
        assertThat(outcome.exchange().body()).contains("Ethereum Network\uFFFD");
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

        assertThat(outcome).isInstanceOf(Unknown.class);
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
