package net.zeroxhost.portal.oxhost.wire;

/**
 * Text from 0xhost (or from the network stack about 0xhost) on its way to the database and to
 * pages. PostgreSQL refuses a NUL in any text column, and a lone surrogate cannot be encoded in
 * UTF-8 at all (the driver would fail or turn it into '?'), so neither may ever reach a column.
 * Fields the customer pays with are checked with {@link #isDisplayable} and refused when they fail;
 * text kept only for the audit trail (the raw body, 0xhost's message, exception messages) is
 * repaired instead, so that the record of what happened can always be stored.
 */
public final class UntrustedText {

    /** What a character that could not be stored is replaced with in kept text. */
    static final char REPLACEMENT = '\uFFFD';

    private UntrustedText() {
    }

    /**
     * True when every character is one a single-line label may show: no control or format
     * character (NUL, ESC, C1 controls, bidi overrides, zero-width characters), no line or
     * paragraph separator, no lone surrogate, private-use or unassigned code point, and no U+FFFD
     * (the trace of bytes that were not UTF-8).
     */
    public static boolean isDisplayable(String text) {
        return text.codePoints().allMatch(UntrustedText::displayable);
    }

    private static boolean displayable(int codePoint) {
        if (codePoint == REPLACEMENT) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /**
     * A multi-line text (a raw body) made storable: control characters other than tab, line feed
     * and carriage return, and lone surrogates, become U+FFFD; then cut to {@code max} characters
     * without splitting a surrogate pair.
     */
    public static String storable(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out.length() + 2 > max) {
                    break;
                }
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A single-line text (0xhost's message, an exception message) made storable and harmless to
     * show: control and format characters and line separators become spaces, lone surrogates
     * U+FFFD, runs of white space one space; stripped and cut to {@code max} characters (an
     * ellipsis marks the cut). Null when nothing is left.
     */
    public static String line(String text, int max) {
        if (text == null) {
            return null;
        }
        // Only the head can end up in the result: never walk a huge text.
        int end = Math.min(text.length(), max * 4);
        StringBuilder out = new StringBuilder(Math.min(end, max + 1));
        for (int i = 0; i < end; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int type = Character.getType(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                    || type == Character.CONTROL || type == Character.FORMAT) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (type == Character.SURROGATE) {
                out.append(REPLACEMENT);
            } else {
                out.appendCodePoint(codePoint);
            }
        }
        String flat = out.toString().strip();
        if (flat.isEmpty()) {
            return null;
        }
        return flat.length() <= max ? flat : storable(flat, max).strip() + "…";
    }
}
