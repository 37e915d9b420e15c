package net.zeroxhost.portal.oxhost.wire;

import jakarta.json.JsonValue;

/**
 * The outer shape of 0xhost's answer. {@code data} stays raw: the documentation says it is an
 * "object/array", and a failure answer may carry anything there. {@code success} stays raw too:
 * JSON-B would read any string as a boolean ("maybe" as false), and only a clear false may tell
 * the customer that nothing was created. {@code message} stays raw as well: as a {@code String}
 * field, a message sent as an array or object (a list of errors) made the whole answer unreadable,
 * so a clear {@code success:false} was taken for an unreadable answer.
 */
public record InvoiceEnvelopeWire(JsonValue success, JsonValue message, JsonValue transaction, JsonValue data) {

    /** The message when it is a JSON string; anything else is no message. */
    public String messageText() {
        return message instanceof jakarta.json.JsonString text ? text.getString() : null;
    }

    /** TRUE or FALSE for a JSON boolean or the string "true" or "false"; null for anything else. */
    public Boolean succeeded() {
        if (success != null && success.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (success != null && success.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        if (success instanceof jakarta.json.JsonString text) {
            return switch (text.getString().strip()) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> null;
            };
        }
        return null;
    }

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
