package net.zeroxhost.portal.oxhost.wire;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/**
 * Reads loosely typed wire values: a number or a string holding one as an exact decimal, an id
 * sent as a string or a bare whole number as text. Anything else is "absent", and the caller
 * decides whether absence is acceptable.
 *
 * <p>A decimal is returned as parsed, however absurd ({@code 1E+999999999} is one digit and a
 * scale of -999999999: cheap to hold, a gigabyte as plain text). Callers check its
 * {@code signum()}, {@code scale()} and {@code precision()} before any arithmetic or conversion.
 */
final class Lenient {

    /** A number sent as a string longer than this is not parsed at all (a plain 30-digit decimal is 32). */
    static final int MAX_NUMBER_TEXT = 100;
    /** An id sent as a bare number: whole, not negative and at most this many digits, else it is absent. */
    static final int MAX_ID_DIGITS = 30;

    private Lenient() {
    }

    static BigDecimal decimal(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString text) {
            String digits = text.getString().strip();
            if (digits.length() > MAX_NUMBER_TEXT) {
                return null;
            }
            try {
                return new BigDecimal(digits);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The text of a JSON string; any other type (a number, a boolean) is absent. */
    static String string(JsonValue value) {
        return value instanceof JsonString text ? text.getString() : null;
    }

    /** An id: a JSON string, or a bare whole number as its digits. */
    static String text(JsonValue value) {
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonNumber number) {
            // Only a whole number of bounded length: toString of scale 0 is its plain digits,
            // whereas toPlainString of 1E+999999999 would be a billion characters.
            BigDecimal id = number.bigDecimalValue();
            return id.signum() >= 0 && id.scale() == 0 && id.precision() <= MAX_ID_DIGITS ? id.toString() : null;
        }
        return null;
    }
}
