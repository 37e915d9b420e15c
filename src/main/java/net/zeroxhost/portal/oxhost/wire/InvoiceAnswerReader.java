package net.zeroxhost.portal.oxhost.wire;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Created;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Exchange;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Failed;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Unknown;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.OxhostInvoice;

/**
 * Turns an HTTP answer of {@code POST /invoice} into an {@link InvoiceOutcome}. Tolerant where the
 * wire is loose (numbers as strings, unknown fields, {@code data} of any shape on failure), strict
 * on what a customer will pay with: an invoice lacking a usable address, amount, currency, network
 * or expiry never becomes a payment page with holes. Since 0xhost said it created that invoice,
 * such an answer is UNKNOWN (never retried), not FAILED.
 */
public final class InvoiceAnswerReader {

    /** Raw bodies are kept for the audit trail up to this many characters (the column holds 20,000). */
    public static final int MAX_KEPT_BODY = 16_000;
    /**
     * The most of an answer's body that is read at all: a real answer is under 2 KiB, and a larger
     * one is cut here (HttpAnswer.incomplete) instead of being read into memory.
     */
    public static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final int MAX_MESSAGE = 300;

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9:]{16,128}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z0-9._-]{1,16}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final int MAX_NETWORK = 100;
    private static final int MAX_HOST = 255;

    /*
     * Bounds of the numbers of an invoice (docs/oxhost-api.md). They are far beyond any real
     * invoice and inside what the columns hold: amount and pay_amount are varchar(64) of plain
     * decimal text (these bounds make at most 12 + 1 + 18 = 31 characters), lifetime_minutes an
     * integer, expired_at and oxhost_created_at timestamps. Every check looks at signum(), scale()
     * and precision() before any arithmetic or conversion, so that an absurd number such as
     * 1E+999999999 (one digit, a billion zeros as plain text) costs nothing.
     */
    /** Significant digits of an amount. */
    static final int MAX_AMOUNT_DIGITS = 30;
    /** Digits before the decimal point of an amount: up to 999 999 999 999 of anything. */
    static final int MAX_AMOUNT_INTEGER_DIGITS = 12;
    /** Decimals of the fiat amount: 2 for EUR; 8 leaves room for any currency 0xhost might quote. */
    static final int MAX_FIAT_SCALE = 8;
    /** Decimals of the crypto amount: ETH has 18, the most of the common coins. */
    static final int MAX_CRYPTO_SCALE = 18;
    /** Unix seconds up to the year 5138 (11 digits); a larger value is milliseconds or junk. */
    static final long MAX_EPOCH_SECONDS = 99_999_999_999L;
    /** An invoice is documented to live 90 minutes; one that claims to live longer than a week is not believed. */
    static final Duration MAX_VALIDITY = Duration.ofDays(7);
    /** {@code lifetime} is in minutes, bounded like the expiry. */
    static final long MAX_LIFETIME_MINUTES = MAX_VALIDITY.toMinutes();
    /** Decimals a whole number may be sent with ({@code 90.0}); they must all be zeros. */
    private static final int MAX_WHOLE_SCALE = 9;

    private final Jsonb jsonb = JsonbBuilder.create();
    /** "Now" for the expiry check: the portal's one clock (platform/ClockProducer), fixed in tests. */
    private final Clock clock;

    public InvoiceAnswerReader(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /** Reads an answer whose body was read to its end (the sandbox, tests). */
    public InvoiceOutcome read(int status, String body) {
        return read(HttpAnswer.complete(status, body));
    }

    /**
     * Sorts an answer into OPEN, FAILED and UNKNOWN (the table in docs/oxhost-api.md). The rule:
     * FAILED only where 0xhost surely created nothing, because the customer is then told to try
     * again; wherever it may have created an invoice, UNKNOWN, which is never retried.
     */
    public InvoiceOutcome read(HttpAnswer answer) {
        int status = answer.status();
        Exchange exchange = new Exchange(status, keep(answer.body()));
        if (status >= 300 && status <= 399) {
            // The client never follows a redirect (RestOxhostGateway): whatever answered did not
            // process the invoice, and re-sending the POST elsewhere could create it twice or hand
            // the API key to another host.
            return new Failed(redirect(answer.location()), null, exchange);
        }
        if (status < 200 || status > 299) {
            return byStatus(answer, exchange);
        }
        if (answer.incomplete() != null) {
            return new Unknown("HTTP " + status + " answer " + answer.incomplete(), exchange);
        }
        return readSuccess(status, answer.body(), exchange);
    }

    /*
     * The statuses the documented API refuses a request with, before it creates anything: 400 (a
     * malformed request), 401 and 403 (the key), 404 (an unknown user or server, or a wrong base
     * URL), 429 (rate limited, checked before any work) and the other 4xx, which all say the
     * request itself was refused; and 503, with which a server or balancer declines to take
     * requests at all. They are FAILED. A 500 is an error inside 0xhost that may come after the
     * invoice was written; 502 and 504 come from a proxy in front of 0xhost whose upstream broke or
     * timed out after the request may have reached it. Those, any other 5xx and any status outside
     * the classes are UNKNOWN. The body (JSON, HTML or empty) does not change the class, except
     * that a refusal whose body says success:true contradicts itself and is UNKNOWN too.
     */
    private InvoiceOutcome byStatus(HttpAnswer answer, Exchange exchange) {
        int status = answer.status();
        String reason = "HTTP " + status + (answer.incomplete() == null ? "" : " (answer " + answer.incomplete() + ")");
        boolean refused = (status >= 400 && status <= 499) || status == 503;
        if (!refused) {
            return new Unknown(reason, exchange);
        }
        InvoiceEnvelopeWire envelope = answer.incomplete() == null ? envelope(answer.body()) : null;
        if (envelope != null && Boolean.TRUE.equals(envelope.succeeded())) {
            return new Unknown(reason + " but the body says success:true", exchange);
        }
        return new Failed(reason, envelope == null ? null : cleanMessage(envelope.messageText()), exchange);
    }

    private static String redirect(String location) {
        if (location == null || location.isBlank()) {
            return "0xhost redirected without a Location";
        }
        try {
            // The host only: the rest of the URL may carry anything, even our own query back.
            String host = URI.create(location.strip()).getHost();
            return host == null ? "0xhost redirected to a location without a host"
                    : "0xhost redirected to " + UntrustedText.line(host, MAX_HOST);
        } catch (IllegalArgumentException e) {
            return "0xhost redirected to an unreadable location";
        }
    }

    /** The envelope of a body, or null when the body is empty or not a readable JSON object. */
    private InvoiceEnvelopeWire envelope(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return jsonb.fromJson(body, InvoiceEnvelopeWire.class);
        } catch (RuntimeException | StackOverflowError e) {
            // Any failure of the parser on an untrusted document means "not readable JSON"
            // (JsonbException for Yasson; a parser without a depth limit could overflow the stack).
            return null;
        }
    }

    private InvoiceOutcome readSuccess(int status, String body, Exchange exchange) {
        if (body == null || body.isBlank()) {
            return new Unknown("HTTP " + status + " with an empty body", exchange);
        }
        InvoiceEnvelopeWire envelope = envelope(body);
        if (envelope == null) {
            return new Unknown("HTTP " + status + " with a body that is not a JSON object", exchange);
        }
        String message = cleanMessage(envelope.messageText());
        if (Boolean.FALSE.equals(envelope.succeeded())) {
            return new Failed("0xhost answered success:false", message, exchange);
        }
        if (!Boolean.TRUE.equals(envelope.succeeded())) {
            return new Unknown("HTTP " + status + " without success:true or success:false", exchange);
        }
        // From here on 0xhost said it created an invoice: whatever is wrong with it, it may exist.
        if (envelope.data() == null || envelope.data().getValueType() != JsonValue.ValueType.OBJECT) {
            return new Unknown("0xhost answered success:true without an invoice object", exchange);
        }
        InvoiceDataWire wire;
        try {
            wire = jsonb.fromJson(envelope.data().toString(), InvoiceDataWire.class);
        } catch (RuntimeException | StackOverflowError e) {
            return new Unknown("0xhost answered success:true with an unreadable invoice", exchange);
        }
        List<String> problems = new ArrayList<>();
        OxhostInvoice invoice = invoiceOf(wire, envelope.transactionId(), problems);
        if (!problems.isEmpty()) {
            return new Unknown("0xhost answered success:true with an unusable invoice: " + String.join(", ", problems),
                    exchange);
        }
        return new Created(invoice, exchange);
    }

    /**
     * The invoice of a {@code data} object, every field checked; a field that fails is named in
     * {@code problems} and the result is then meaningless.
     */
    private OxhostInvoice invoiceOf(InvoiceDataWire wire, String sentTransactionId, List<String> problems) {
        String trackId = Lenient.text(wire.trackId());
        if (trackId == null || !IDENTIFIER.matcher(trackId).matches()) {
            problems.add("track_id");
        }
        String orderId = Lenient.text(wire.orderId());
        if (present(wire.orderId()) && (orderId == null || !IDENTIFIER.matcher(orderId).matches())) {
            problems.add("order_id");
        }
        BigDecimal amount = amount(Lenient.decimal(wire.amount()), MAX_FIAT_SCALE);
        if (amount == null) {
            problems.add("amount");
        }
        String currency = Lenient.string(wire.currency());
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            problems.add("currency");
        }
        BigDecimal payAmount = amount(Lenient.decimal(wire.payAmount()), MAX_CRYPTO_SCALE);
        if (payAmount == null) {
            problems.add("pay_amount");
        }
        String payCurrency = Lenient.string(wire.payCurrency());
        if (payCurrency == null || !CURRENCY.matcher(payCurrency).matches()) {
            problems.add("pay_currency");
        }
        String network = Lenient.string(wire.network());
        network = network == null ? null : network.strip();
        if (network == null || network.isEmpty() || network.length() > MAX_NETWORK
                || !UntrustedText.isDisplayable(network)) {
            problems.add("network");
        }
        String address = Lenient.string(wire.address());
        if (address == null || !ADDRESS.matcher(address).matches()) {
            problems.add("address");
        }
        Long expiredAt = whole(Lenient.decimal(wire.expiredAt()), MAX_EPOCH_SECONDS);
        if (expiredAt == null) {
            problems.add("expired_at");
        } else {
            // An invoice that cannot be paid any more, or that claims to stay payable for longer
            // than any documented invoice, is not one the customer should be shown.
            Instant now = clock.instant();
            Instant expiry = Instant.ofEpochSecond(expiredAt);
            if (!expiry.isAfter(now)) {
                problems.add("expired_at in the past");
            } else if (expiry.isAfter(now.plus(MAX_VALIDITY))) {
                problems.add("expired_at more than " + MAX_VALIDITY.toDays() + " days ahead");
            }
        }
        Long date = whole(Lenient.decimal(wire.date()), MAX_EPOCH_SECONDS);
        if (present(wire.date()) && date == null) {
            problems.add("date");
        }
        Long lifetime = whole(Lenient.decimal(wire.lifetime()), MAX_LIFETIME_MINUTES);
        if (present(wire.lifetime()) && lifetime == null) {
            problems.add("lifetime");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        String transactionId = sentTransactionId != null && IDENTIFIER.matcher(sentTransactionId).matches()
                ? sentTransactionId : null;
        return new OxhostInvoice(trackId, orderId, transactionId, amount, currency, payAmount,
                payCurrency, network, address, lifetime == null ? null : lifetime.intValue(),
                Instant.ofEpochSecond(expiredAt), date == null ? null : Instant.ofEpochSecond(date));
    }

    private static boolean present(JsonValue value) {
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }

    /**
     * The amount when it is positive and within the bounds, else null. Only {@code signum()},
     * {@code scale()} and {@code precision()} are looked at until the value is known to be small;
     * exponent notation is fine within the bounds (PHP writes 0.000035 as 3.5E-5), and a negative
     * scale ({@code 1E+2}) is then made 0 so that the stored text is plain digits.
     */
    static BigDecimal amount(BigDecimal value, int maxScale) {
        if (value == null || value.signum() <= 0 || value.scale() > maxScale
                || value.precision() > MAX_AMOUNT_DIGITS
                || (long) value.precision() - value.scale() > MAX_AMOUNT_INTEGER_DIGITS) {
            return null;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * A positive whole number not above {@code max}, else null; {@code 90.0} counts as 90. As for
     * amounts, scale and precision are bounded before any arithmetic (at most 9 decimals, which
     * must be zeros, and no more digits than {@code max} has).
     */
    static Long whole(BigDecimal value, long max) {
        int maxDigits = Long.toString(max).length();
        if (value == null || value.signum() <= 0 || value.scale() > MAX_WHOLE_SCALE
                || value.precision() > maxDigits + MAX_WHOLE_SCALE
                || (long) value.precision() - value.scale() > maxDigits) {
            return null;
        }
        try {
            long whole = value.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
            return whole <= max ? whole : null;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** 0xhost's message is shown to admins and stored: one line, bounded, storable. */
    private static String cleanMessage(String message) {
        return UntrustedText.line(message, MAX_MESSAGE);
    }

    /** The body as kept for the audit trail: storable (no NUL, no lone surrogate) and bounded. */
    private static String keep(String body) {
        return body == null ? null : UntrustedText.storable(body, MAX_KEPT_BODY);
    }
}
