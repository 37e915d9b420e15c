package net.zeroxhost.portal.oxhost.wire;

import jakarta.json.JsonValue;

/**
 * The outer shape of 0xhost's answer. {@code data} stays raw: the documentation says it is an
 * "object/array", and a failure answer may carry anything there.
 */
public record InvoiceEnvelopeWire(Boolean success, String message, JsonValue transaction, JsonValue data) {

    /** The id of {@code transaction}, when it is an object with a textual or numeric id. */
    public String transactionId() {
        if (transaction == null || transaction.getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        JsonValue id = transaction.asJsonObject().get("id");
        if (id == null) {
            return null;
        }
        return switch (id.getValueType()) {
            case STRING -> ((jakarta.json.JsonString) id).getString();
            case NUMBER -> id.toString();
            default -> null;
        };
    }
}
