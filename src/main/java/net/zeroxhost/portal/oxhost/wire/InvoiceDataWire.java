package net.zeroxhost.portal.oxhost.wire;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The {@code data} object of a successful answer, field for field as documented. Fields whose
 * JSON type 0xhost may vary (numbers sent as strings, ids as numbers) stay raw JSON values here and
 * are read by {@link Lenient}; decimals never pass through a double.
 */
public record InvoiceDataWire(
        @JsonbProperty("track_id") JsonValue trackId,
        JsonValue amount,
        String currency,
        @JsonbProperty("pay_amount") JsonValue payAmount,
        @JsonbProperty("pay_currency") String payCurrency,
        String network,
        String address,
        JsonValue lifetime,
        @JsonbProperty("expired_at") JsonValue expiredAt,
        @JsonbProperty("order_id") JsonValue orderId,
        JsonValue date) {
}
