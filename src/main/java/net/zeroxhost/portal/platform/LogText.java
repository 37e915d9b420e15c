package net.zeroxhost.portal.platform;

/**
 * Text from outside (0xhost's answers, what a customer typed) made fit for one log line: a line
 * break or control character in it could forge a second, fake log entry, so each is written as
 * an escape; and a long text is cut, so that one answer cannot flood the log.
 */
public final class LogText {

    /** Of a text, what one log line keeps. */
    public static final int MAX_CHARS = 300;

    private LogText() {
    }

    public static String oneLine(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 16);
        int limit = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > MAX_CHARS) {
            out.append("…(").append(text.length() - MAX_CHARS).append(" more chars)");
        }
        return out.toString();
    }
}
