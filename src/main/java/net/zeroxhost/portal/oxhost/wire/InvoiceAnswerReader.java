package net.zeroxhost.portal.oxhost.wire;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    /** Seconds since the epoch up to the year 5138; larger values are milliseconds or junk. */
    private static final BigDecimal MAX_EPOCH_SECONDS = BigDecimal.valueOf(99_999_999_999L);

    private final Jsonb jsonb = JsonbBuilder.create();

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
        Data data;
        try {
            data = Data.of(jsonb.fromJson(envelope.data().toString(), InvoiceDataWire.class));
        } catch (JsonbException e) {
            return new Failed("0xhost answered an unreadable invoice", message, exchange);
        }
        List<String> problems = problemsOf(data);
        if (!problems.isEmpty()) {
            return new Failed("0xhost answered success with an unusable invoice: " + String.join(", ", problems),
                    message, exchange);
        }
        String transactionId = envelope.transactionId();
        if (transactionId != null && !IDENTIFIER.matcher(transactionId).matches()) {
            transactionId = null;
        }
        return new Created(toInvoice(data, transactionId), exchange);
    }

    /** The data object with its loose fields read; null fields are absent or unreadable. */
    private record Data(String trackId, String orderId, BigDecimal amount, String currency, BigDecimal payAmount,
                        String payCurrency, String network, String address, BigDecimal lifetime,
                        BigDecimal expiredAt, BigDecimal date, boolean orderIdSent, boolean dateSent,
                        boolean lifetimeSent) {

        static Data of(InvoiceDataWire wire) {
            return new Data(Lenient.text(wire.trackId()), Lenient.text(wire.orderId()), Lenient.decimal(wire.amount()),
                    wire.currency(), Lenient.decimal(wire.payAmount()), wire.payCurrency(), wire.network(),
                    wire.address(), Lenient.decimal(wire.lifetime()), Lenient.decimal(wire.expiredAt()),
                    Lenient.decimal(wire.date()), present(wire.orderId()), present(wire.date()),
                    present(wire.lifetime()));
        }

        private static boolean present(JsonValue value) {
            return value != null && value.getValueType() != JsonValue.ValueType.NULL;
        }
    }

    private static List<String> problemsOf(Data data) {
        List<String> problems = new ArrayList<>();
        if (data.trackId() == null || !IDENTIFIER.matcher(data.trackId()).matches()) {
            problems.add("track_id");
        }
        if (data.orderIdSent() && (data.orderId() == null || !IDENTIFIER.matcher(data.orderId()).matches())) {
            problems.add("order_id");
        }
        if (!positive(data.amount())) {
            problems.add("amount");
        }
        if (data.currency() == null || !CURRENCY.matcher(data.currency()).matches()) {
            problems.add("currency");
        }
        if (!positive(data.payAmount())) {
            problems.add("pay_amount");
        }
        if (data.payCurrency() == null || !CURRENCY.matcher(data.payCurrency()).matches()) {
            problems.add("pay_currency");
        }
        if (data.network() == null || data.network().isBlank() || data.network().length() > 100
                || !UntrustedText.isDisplayable(data.network())) {
            problems.add("network");
        }
        if (data.address() == null || !ADDRESS.matcher(data.address()).matches()) {
            problems.add("address");
        }
        if (!epochSeconds(data.expiredAt())) {
            problems.add("expired_at");
        }
        if (data.dateSent() && !epochSeconds(data.date())) {
            problems.add("date");
        }
        if (data.lifetimeSent() && (data.lifetime() == null || !wholeMinutes(data.lifetime()))) {
            problems.add("lifetime");
        }
        return problems;
    }

    private static OxhostInvoice toInvoice(Data data, String transactionId) {
        return new OxhostInvoice(
                data.trackId(),
                data.orderId(),
                transactionId,
                data.amount(),
                data.currency(),
                data.payAmount(),
                data.payCurrency(),
                data.network().strip(),
                data.address(),
                data.lifetime() == null ? null : data.lifetime().intValueExact(),
                Instant.ofEpochSecond(data.expiredAt().longValueExact()),
                data.date() == null ? null : Instant.ofEpochSecond(data.date().longValueExact()));
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0 && value.precision() <= 38;
    }

    private static boolean epochSeconds(BigDecimal value) {
        return value != null && value.signum() > 0 && value.stripTrailingZeros().scale() <= 0
                && value.compareTo(MAX_EPOCH_SECONDS) <= 0;
    }

    private static boolean wholeMinutes(BigDecimal value) {
        return value.signum() > 0 && value.stripTrailingZeros().scale() <= 0
                && value.compareTo(BigDecimal.valueOf(100_000)) <= 0;
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
