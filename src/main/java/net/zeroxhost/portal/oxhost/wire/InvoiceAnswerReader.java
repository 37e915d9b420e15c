package net.zeroxhost.portal.oxhost.wire;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.OxhostInvoice;

/**
 * Turns a complete HTTP answer of {@code POST /invoice} into an {@link InvoiceOutcome}. Tolerant
 * where the wire is loose (numbers as strings, unknown fields, {@code data} of any shape on
 * failure), strict on what a customer will pay with: an invoice lacking a usable address, amount,
 * currency, network or expiry is a failure, never a payment page with holes.
 */
public final class InvoiceAnswerReader {

    /** Raw bodies are kept for the audit trail up to this many characters. */
    public static final int MAX_KEPT_BODY = 16_000;
    private static final int MAX_MESSAGE = 300;

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9:]{16,128}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z0-9._-]{1,16}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final int MAX_NETWORK = 100;

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

    public InvoiceOutcome read(int status, String body) {
        Exchange exchange = new Exchange(status, keep(body));
        if (body == null || body.isBlank()) {
            return new Failed("HTTP " + status + " with an empty body", null, exchange);
        }
        InvoiceEnvelopeWire envelope;
        try {
            envelope = jsonb.fromJson(body, InvoiceEnvelopeWire.class);
        } catch (JsonbException | ClassCastException e) {
            return new Failed("HTTP " + status + " with a body that is not a JSON object", null, exchange);
        }
        if (envelope == null) {
            return new Failed("HTTP " + status + " with a JSON null body", null, exchange);
        }
        String message = cleanMessage(envelope.message());
        if (status < 200 || status > 299) {
            return new Failed("HTTP " + status, message, exchange);
        }
        if (!Boolean.TRUE.equals(envelope.success())) {
            return new Failed("0xhost answered success:" + envelope.success(), message, exchange);
        }
        if (envelope.data() == null || envelope.data().getValueType() != JsonValue.ValueType.OBJECT) {
            return new Failed("0xhost answered success without an invoice object", message, exchange);
        }
        InvoiceDataWire wire;
        try {
            wire = jsonb.fromJson(envelope.data().toString(), InvoiceDataWire.class);
        } catch (JsonbException e) {
            return new Failed("0xhost answered an unreadable invoice", message, exchange);
        }
        List<String> problems = new ArrayList<>();
        OxhostInvoice invoice = invoiceOf(wire, envelope.transactionId(), problems);
        if (!problems.isEmpty()) {
            return new Failed("0xhost answered success with an unusable invoice: " + String.join(", ", problems),
                    message, exchange);
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
        if (wire.currency() == null || !CURRENCY.matcher(wire.currency()).matches()) {
            problems.add("currency");
        }
        BigDecimal payAmount = amount(Lenient.decimal(wire.payAmount()), MAX_CRYPTO_SCALE);
        if (payAmount == null) {
            problems.add("pay_amount");
        }
        if (wire.payCurrency() == null || !CURRENCY.matcher(wire.payCurrency()).matches()) {
            problems.add("pay_currency");
        }
        String network = wire.network() == null ? null : wire.network().strip();
        if (network == null || network.isEmpty() || network.length() > MAX_NETWORK
                || !UntrustedText.isDisplayable(network)) {
            problems.add("network");
        }
        if (wire.address() == null || !ADDRESS.matcher(wire.address()).matches()) {
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
        return new OxhostInvoice(trackId, orderId, transactionId, amount, wire.currency(), payAmount,
                wire.payCurrency(), network, wire.address(), lifetime == null ? null : lifetime.intValue(),
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
