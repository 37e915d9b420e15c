package net.zeroxhost.portal.oxhost.wire;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/**
 * Reads loosely typed wire values: a number or a string holding one as an exact decimal, an id
 * sent as a string or a bare number as text. Anything else is "absent", and the caller decides
 * whether absence is acceptable.
 */
final class Lenient {

    private Lenient() {
    }

    static BigDecimal decimal(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString text) {
            try {
                return new BigDecimal(text.getString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static String text(JsonValue value) {
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toPlainString();
        }
        return null;
    }
}
