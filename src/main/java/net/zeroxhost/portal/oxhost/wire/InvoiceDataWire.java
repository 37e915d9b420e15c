package net.zeroxhost.portal.oxhost.wire;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The {@code data} object of a successful answer, field for field as documented. Every field stays
 * a raw JSON value and is read by {@link Lenient}: the numbers and ids whose JSON type 0xhost may
 * vary (numbers sent as strings, ids as numbers), and the text fields too, because JSON-B (Yasson)
 * would turn a number or a boolean into the text of a {@code String} field, and an answer with
 * {@code "pay_currency": true} or an address sent as a number is not an invoice to pay. Decimals
 * never pass through a double.
 */
public record InvoiceDataWire(
        @JsonbProperty("track_id") JsonValue trackId,
        JsonValue amount,
        JsonValue currency,
        @JsonbProperty("pay_amount") JsonValue payAmount,
        @JsonbProperty("pay_currency") JsonValue payCurrency,
        JsonValue network,
        JsonValue address,
        JsonValue lifetime,
        @JsonbProperty("expired_at") JsonValue expiredAt,
        @JsonbProperty("order_id") JsonValue orderId,
        JsonValue date) {
}
