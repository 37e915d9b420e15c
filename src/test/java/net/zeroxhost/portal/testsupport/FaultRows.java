package net.zeroxhost.portal.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.zeroxhost.portal.invoice.InvoiceState;

/**
 * The rows of the fault matrix (docs/faults.md), defined once: what 0xhost does for the server id
 * {@code fault-<row>}, and the stored state, the admin's reason and 0xhost's own message the
 * portal must make of it. {@link OxhostStub} turns each {@link Http} and {@link Broken} answer into
 * a WireMock mapping in the test JVM; {@link ConnectionFaults} sends the two {@link Unreachable}
 * rows elsewhere inside the server, since a refused or hanging connection happens before WireMock
 * could see which server id was asked for. Plain values only, so that the class is deployed into the
 * server, which must not see WireMock.
 */
public final class FaultRows {

    /** In every answer body, so that a page showing any part of the raw answer is caught. */
    public static final String RAW_MARKER = "RAW-ANSWER-MARKER";

    /** 0xhost's own words in the error answers, with markup the page must escape. */
    public static final String REFUSAL_MESSAGE = "Refused <blink>now</blink> & later";

    /** How far ahead the expiry of a "seconds away" invoice lies when it is created. */
    public static final Duration SECONDS_AWAY = Duration.ofSeconds(3);

    /** Cut at 64 KiB by the client (docs/oxhost-api.md); 160 times that is sent. */
    static final int TEN_MB = 10 * 1024 * 1024;

    /** The sets of rows, one in-container test each (FaultMatrixIT). */
    public enum Group { CONNECTION, REDIRECT, STATUS, ENVELOPE, MISSING_FIELD, BAD_VALUE, SIZE_AND_EXPIRY }

    /** What 0xhost does. */
    public sealed interface Answer permits Http, Broken, Unreachable {
    }

    /**
     * An HTTP answer.
     *
     * @param body        the body's bytes (not necessarily UTF-8)
     * @param padTo       when positive, the body is padded with spaces to this many bytes (built only by
     *                    the stub, so the 10 MB never sit in the server)
     * @param templated   whether the body holds WireMock template expressions ("now"), evaluated per request
     * @param delayMs     before the status line is sent
     * @param dribble     when positive, the body is sent in this many chunks spread over {@code dribbleMs}
     */
    public record Http(int status, Map<String, String> headers, byte[] body, int padTo, boolean templated,
                       int delayMs, int dribble, int dribbleMs) implements Answer {

        static Http of(int status, String contentType, String body) {
            return new Http(status, contentType == null ? Map.of() : Map.of("Content-Type", contentType),
                    body.getBytes(StandardCharsets.UTF_8), 0, false, 0, 0, 0);
        }

        static Http json(String body) {
            return of(200, "application/json", body);
        }

        Http bytes(byte[] raw) {
            return new Http(status, headers, raw, padTo, templated, delayMs, dribble, dribbleMs);
        }

        Http header(String name, String value) {
            Map<String, String> more = new java.util.LinkedHashMap<>(headers);
            more.put(name, value);
            return new Http(status, Map.copyOf(more), body, padTo, templated, delayMs, dribble, dribbleMs);
        }

        Http paddedTo(int bytes) {
            return new Http(status, headers, body, bytes, templated, delayMs, dribble, dribbleMs);
        }

        Http asTemplate() {
            return new Http(status, headers, body, padTo, true, delayMs, dribble, dribbleMs);
        }

        Http delayed(int ms) {
            return new Http(status, headers, body, padTo, templated, ms, dribble, dribbleMs);
        }

        Http dribbled(int chunks, int overMs) {
            return new Http(status, headers, body, padTo, templated, delayMs, chunks, overMs);
        }
    }

    /** One of WireMock's faults ({@code com.github.tomakehurst.wiremock.http.Fault}), by name. */
    public record Broken(String fault) implements Answer {
    }

    /** No HTTP at all: the connection itself fails. */
    public record Unreachable(How how) implements Answer {

        public enum How {
            /** Nothing listens on the port: the connection is refused at once. */
            REFUSED,
            /** A listener whose backlog is full: the connection is never accepted and times out. */
            SLOW_CONNECT
        }
    }

    /**
     * @param reason        a fragment of the reason an admin sees (failure_reason), or several separated
     *                      by {@code " | "} where Jersey and RESTEasy word the same fault differently;
     *                      null for OPEN
     * @param oxhostMessage 0xhost's own message as kept and shown for FAILED; null when none
     * @param bodyLostOnJersey the body of this answer never reaches the portal with Jersey (Payara):
     *                      in fixed-length streaming mode the JDK drops the body of a 401, so 0xhost's
     *                      message is lost there (see RestOxhostGateway)
     * @param expiresSoon   the invoice opens and must read as expired from its expiry on
     */
    public record Row(String name, Group group, Answer answer, InvoiceState state, String reason,
                      String oxhostMessage, boolean bodyLostOnJersey, boolean expiresSoon) {

        public String serverId() {
            return "fault-" + name;
        }

        /** Whether the reason as stored contains the row's fragment (or one of its alternatives). */
        public boolean reasonMatches(String actual) {
            return actual != null && java.util.Arrays.stream(reason.split(" \\| ")).anyMatch(actual::contains);
        }

        /** What 0xhost's message must be as stored, given the server's Jakarta REST client. */
        public String expectedMessage(boolean jersey) {
            return jersey && bodyLostOnJersey ? null : oxhostMessage;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A valid answer expiring 90 minutes after the class was loaded: long enough for any run (the
     * stub is registered at the start of each failsafe session), and inside the 7-day bound.
     */
    private static final String EXPIRY = Long.toString(Instant.now().plus(Duration.ofMinutes(90)).getEpochSecond());

    /** Built after {@link #EXPIRY}, which the rows' answers use. */
    private static final List<Row> ALL = build();

    private FaultRows() {
    }

    public static List<Row> all() {
        return ALL;
    }

    public static List<Row> of(Group group) {
        return ALL.stream().filter(row -> row.group() == group).toList();
    }

    public static Row named(String name) {
        return ALL.stream().filter(row -> row.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fault row " + name));
    }

    /** A valid success answer (the documented example) expiring at the given JSON value. */
    static String invoice(String expiredAt) {
        return invoiceWith("\"expired_at\":" + expiredAt);
    }

    /** The documented success answer with its {@code expired_at} pair replaced by {@code lastField}. */
    private static String invoiceWith(String lastField) {
        return "{\"success\":true,\"transaction\":{\"id\":\"5763d0d0-ca37-11f0-8cdf-525400792197\",\"success\":true},"
                + "\"message\":\"Operation completed successfully!\",\"trace\":\"" + RAW_MARKER + "\","
                + "\"data\":{\"track_id\":\"110816020\",\"amount\":89.97,\"currency\":\"EUR\","
                + "\"pay_amount\":0.0358619204,\"pay_currency\":\"ETH\",\"network\":\"Ethereum Network\","
                + "\"address\":\"0x7717324E33798466298275C82711084B452A8179\",\"qr_code\":\"URL\",\"lifetime\":90,"
                + "\"order_id\":\"594948ab-bb26-11f0-8cae-525400792197\",\"date\":1764099948"
                // The space keeps "}}}}" after a template's "}}" from reading as Handlebars' "}}}".
                + (lastField.isEmpty() ? "" : "," + lastField) + " }}";
    }

    private static String valid() {
        return invoice(EXPIRY);
    }

    /** The valid answer with one pair {@code "field":value} of {@code data} replaced (or removed, for null). */
    private static String withField(String field, String json) {
        String body = valid();
        java.util.regex.Matcher pair = java.util.regex.Pattern.compile("\"" + field + "\":(\"[^\"]*\"|[^,}]+)").matcher(body);
        if (!pair.find()) {
            throw new IllegalStateException("no " + field + " in the valid answer");
        }
        String replaced = json == null ? "" : "\"" + field + "\":" + json;
        String result = body.substring(0, pair.start()) + replaced + body.substring(pair.end());
        return result.replace(",,", ",").replace("{,", "{").replace(",}", "}");
    }

    private static List<Row> build() {
        List<Row> rows = new ArrayList<>();
        Rows add = new Rows(rows);

        add.group(Group.CONNECTION)
                .row("refused", new Unreachable(Unreachable.How.REFUSED), InvoiceState.FAILED, "could not connect to 0xhost")
                .row("slow-connect", new Unreachable(Unreachable.How.SLOW_CONNECT), InvoiceState.FAILED, "timed out connecting to 0xhost")
                .row("reset", new Broken("CONNECTION_RESET_BY_PEER"), InvoiceState.UNKNOWN, "after the request was sent")
                .row("empty-answer", new Broken("EMPTY_RESPONSE"), InvoiceState.UNKNOWN, "after the request was sent")
                .row("malformed-chunk", new Broken("MALFORMED_RESPONSE_CHUNK"), InvoiceState.UNKNOWN, "HTTP 200 answer broken off")
                // Jersey's HttpURLConnection reads garbage as a status below 100, RESTEasy's Apache
                // client refuses it as a ProtocolException.
                .row("random-data", new Broken("RANDOM_DATA_THEN_CLOSE"), InvoiceState.UNKNOWN,
                        "the answer was not HTTP | the connection failed after the request was sent")
                // Longer than the read timeout (3 s in this deployment), shorter than nothing else.
                .row("read-timeout", Http.json(valid()).delayed(6_000), InvoiceState.UNKNOWN, "no answer from 0xhost within the read timeout")
                // Every chunk within the read timeout; only the exchange deadline (4 s) ends it.
                .row("trickle", Http.json(valid()).dribbled(40, 12_000), InvoiceState.UNKNOWN,
                        "HTTP 200 answer not complete within the exchange deadline of 4000 ms");

        add.group(Group.REDIRECT);
        for (int status : new int[] {301, 302, 307}) {
            add.row("redirect-" + status, Http.of(status, "text/html", "<html>Moved " + RAW_MARKER + "</html>")
                            .header("Location", "https://elsewhere.example/API/invoice?key=steal"),
                    InvoiceState.FAILED, "0xhost redirected to elsewhere.example");
        }

        add.group(Group.STATUS);
        for (int status : new int[] {400, 401, 403, 404, 429, 500, 502, 503, 504}) {
            boolean mayHaveCreated = status == 500 || status == 502 || status == 504;
            InvoiceState state = mayHaveCreated ? InvoiceState.UNKNOWN : InvoiceState.FAILED;
            String reason = "HTTP " + status;
            add.row(status + "-json", Http.of(status, "application/json", "{\"success\":false,\"message\":\""
                            + REFUSAL_MESSAGE + "\",\"data\":[],\"trace\":\"" + RAW_MARKER + "\"}"),
                    state, reason, mayHaveCreated ? null : REFUSAL_MESSAGE, status == 401, false);
            add.row(status + "-html", Http.of(status, "text/html",
                    "<html><body><h1>" + status + " " + RAW_MARKER + "</h1></body></html>"), state, reason);
            add.row(status + "-empty", Http.of(status, null, ""), state, reason);
        }

        add.group(Group.ENVELOPE)
                .row("success-false-message", Http.json("{\"success\":false,\"message\":\"Server <b>sold out</b> & gone\",\"data\":[],\"trace\":\""
                        + RAW_MARKER + "\"}"), InvoiceState.FAILED, "0xhost answered success:false", "Server <b>sold out</b> & gone", false, false)
                .row("success-false-no-message", Http.json("{\"success\":false,\"data\":[],\"trace\":\"" + RAW_MARKER + "\"}"),
                        InvoiceState.FAILED, "0xhost answered success:false")
                .row("success-false-message-list", Http.json("{\"success\":false,\"message\":[\"Invalid user\"],\"trace\":\"" + RAW_MARKER + "\"}"),
                        InvoiceState.FAILED, "0xhost answered success:false")
                .row("data-empty-array", Http.json("{\"success\":true,\"message\":\"ok\",\"data\":[],\"trace\":\"" + RAW_MARKER + "\"}"),
                        InvoiceState.UNKNOWN, "success:true without an invoice object")
                .row("data-missing", Http.json("{\"success\":true,\"message\":\"ok\",\"trace\":\"" + RAW_MARKER + "\"}"),
                        InvoiceState.UNKNOWN, "success:true without an invoice object")
                .row("success-missing", Http.json(valid().replace("\"success\":true,", "")),
                        InvoiceState.UNKNOWN, "HTTP 200 without success:true or success:false")
                .row("empty-200", Http.of(200, "application/json", ""), InvoiceState.UNKNOWN, "HTTP 200 with an empty body")
                .row("html-200", Http.of(200, "text/html", "<html><body>" + RAW_MARKER + " maintenance</body></html>"),
                        InvoiceState.UNKNOWN, "HTTP 200 with a body that is not a JSON object")
                .row("array-200", Http.json("[\"" + RAW_MARKER + "\"]"), InvoiceState.UNKNOWN, "HTTP 200 with a body that is not a JSON object");

        add.group(Group.MISSING_FIELD);
        for (String field : new String[] {"track_id", "amount", "currency", "pay_amount", "pay_currency", "network", "address", "expired_at"}) {
            add.row("without-" + field.replace('_', '-'), Http.json(withField(field, null)), InvoiceState.UNKNOWN,
                    "success:true with an unusable invoice: " + field);
        }

        add.group(Group.BAD_VALUE)
                .row("success-as-text", Http.json(valid().replace("\"success\":true", "\"success\":\"yes\"")),
                        InvoiceState.UNKNOWN, "HTTP 200 without success:true or success:false")
                .row("data-as-text", Http.json("{\"success\":true,\"data\":\"" + RAW_MARKER + "\"}"),
                        InvoiceState.UNKNOWN, "success:true without an invoice object")
                .row("amount-as-boolean", Http.json(withField("amount", "true")), InvoiceState.UNKNOWN, "unusable invoice: amount")
                .row("pay-amount-as-words", Http.json(withField("pay_amount", "\"lots\"")), InvoiceState.UNKNOWN, "unusable invoice: pay_amount")
                .row("pay-currency-as-boolean", Http.json(withField("pay_currency", "true")), InvoiceState.UNKNOWN, "unusable invoice: pay_currency")
                .row("address-as-number", Http.json(withField("address", "12345678901234567890")), InvoiceState.UNKNOWN, "unusable invoice: address")
                .row("network-as-object", Http.json(withField("network", "{\"name\":\"Ethereum\"}")), InvoiceState.UNKNOWN, "unusable invoice: network")
                .row("expired-at-as-words", Http.json(withField("expired_at", "\"soon\"")), InvoiceState.UNKNOWN, "unusable invoice: expired_at")
                .row("pay-amount-1e100", Http.json(withField("pay_amount", "1E+100")), InvoiceState.UNKNOWN, "unusable invoice: pay_amount")
                .row("pay-amount-1e-70", Http.json(withField("pay_amount", "1e-70")), InvoiceState.UNKNOWN, "unusable invoice: pay_amount")
                .row("pay-amount-1e999999999", Http.json(withField("pay_amount", "1E+999999999")), InvoiceState.UNKNOWN, "unusable invoice: pay_amount")
                .row("amount-1e999999999", Http.json(withField("amount", "1E+999999999")), InvoiceState.UNKNOWN, "unusable invoice: amount")
                .row("expired-at-1e999999999", Http.json(withField("expired_at", "1E+999999999")), InvoiceState.UNKNOWN, "unusable invoice: expired_at")
                .row("nul-in-network", Http.json(withField("network", "\"Ethereum\\u0000Network\"")), InvoiceState.UNKNOWN, "unusable invoice: network")
                .row("escape-in-address", Http.json(withField("address", "\"\\u001b[31m0x7717324E33798466298275C82711084B452A8179\"")),
                        InvoiceState.UNKNOWN, "unusable invoice: address")
                // A raw control byte inside a string is not JSON at all.
                .row("raw-control-byte", Http.json(withField("network", "\"Ethereum\u0007Network\"")), InvoiceState.UNKNOWN,
                        "HTTP 200 with a body that is not a JSON object")
                .row("nul-in-message", Http.json("{\"success\":false,\"message\":\"Sold\\u0000out\\u0007\",\"trace\":\"" + RAW_MARKER + "\"}"),
                        InvoiceState.FAILED, "0xhost answered success:false", "Sold out", false, false)
                .row("not-utf8", Http.json("").bytes(notUtf8(withField("network", "\"Ethereum Network\u00ff\""))),
                        InvoiceState.UNKNOWN, "unusable invoice: network");

        add.group(Group.SIZE_AND_EXPIRY)
                .row("ten-mb-200", Http.json(valid()).paddedTo(TEN_MB), InvoiceState.UNKNOWN, "HTTP 200 answer larger than 65536 bytes")
                .row("ten-mb-503", Http.of(503, "text/html", "<html>" + RAW_MARKER).paddedTo(TEN_MB), InvoiceState.FAILED,
                        "HTTP 503 (answer larger than 65536 bytes)")
                .row("expires-in-90-minutes", Http.json(valid()), InvoiceState.OPEN, null)
                .row("expired-in-the-past", Http.json(invoice(Long.toString(Instant.now().minusSeconds(60).getEpochSecond()))),
                        InvoiceState.UNKNOWN, "unusable invoice: expired_at in the past")
                .row("expires-in-seconds", Http.json(invoice("{{now offset='" + SECONDS_AWAY.toSeconds() + " seconds' format='unix'}}")).asTemplate(),
                        InvoiceState.OPEN, null, null, false, true)
                .row("expires-in-years", Http.json(invoice(Long.toString(Instant.now().plus(Duration.ofDays(5 * 365)).getEpochSecond()))),
                        InvoiceState.UNKNOWN, "unusable invoice: expired_at more than 7 days ahead");
        return List.copyOf(rows);
    }

    /** The text as ISO-8859-1 bytes: every character above U+007F becomes a byte that is not UTF-8. */
    private static byte[] notUtf8(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Collects rows group by group. */
    private static final class Rows {

        private final List<Row> rows;
        private Group group;

        Rows(List<Row> rows) {
            this.rows = rows;
        }

        Rows group(Group next) {
            group = next;
            return this;
        }

        Rows row(String name, Answer answer, InvoiceState state, String reason) {
            return row(name, answer, state, reason, null, false, false);
        }

        Rows row(String name, Answer answer, InvoiceState state, String reason, String oxhostMessage,
                 boolean bodyLostOnJersey, boolean expiresSoon) {
            if (rows.stream().anyMatch(row -> row.name().equals(name))) {
                throw new IllegalStateException("two fault rows named " + name);
            }
            rows.add(new Row(name, group, answer, state, reason, oxhostMessage, bodyLostOnJersey, expiresSoon));
            return this;
        }
    }
}
