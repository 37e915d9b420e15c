package net.zeroxhost.portal.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which request targets, as they came on the request line, the portal refuses as malformed URLs
 * (docs/security.md, "Malformed URLs"), in one place for every server: the URI guard of Payara's
 * listeners (src/payara-uri-guard, whose jar carries this class too) answers them before Payara's
 * decoder fails on them, and web/SecurityHeadersFilter answers those a server lets through
 * (WildFly hands escapes of no text to the portal). Plain Java, with no state, so that it runs on a
 * server's class path as well as in the WAR.
 */
public final class MalformedUrl {

    private MalformedUrl() {
    }

    /**
     * Whether this raw request target is refused (path and query, still escaped; a byte per
     * character): a percent sign not followed by two hex digits anywhere in it, as WildFly's host
     * refuses it too; in the path also an escaped NUL, or escapes that decode to bytes that are no
     * UTF-8 text (an overlong dot {@code %c0%ae}, {@code %ff%fe}).
     */
    public static boolean isMalformed(String raw) {
        if (isPlainAscii(raw)) {
            // Nearly every request: nothing to decode, so nothing to allocate on this hot path.
            return false;
        }
        int query = raw.indexOf('?');
        String path = query < 0 ? raw : raw.substring(0, query);
        return query >= 0 && hasBrokenEscape(raw.substring(query + 1)) || !isDecodableText(path);
    }

    /** No escape, no NUL, nothing beyond ASCII: well formed whatever its parts. */
    private static boolean isPlainAscii(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' || c == 0 || c > 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBrokenEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '%') {
                if (i + 2 >= text.length() || hex(text.charAt(i + 1)) < 0 || hex(text.charAt(i + 2)) < 0) {
                    return true;
                }
                i += 2;
            }
        }
        return false;
    }

    /** Every escape well formed, no NUL escaped or not, and the decoded bytes UTF-8. */
    private static boolean isDecodableText(String path) {
        ByteBuffer decoded = ByteBuffer.allocate(3 * path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == 0) {
                return false;
            }
            if (c > 0xFF) {
                // Not a byte of a request line: a server that decoded the path already. The text
                // stays as it is (to a decoder of UTF-8, its own encoding).
                decoded.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (c != '%') {
                decoded.put((byte) c);   // a byte of the request line, read as ISO-8859-1
                continue;
            }
            if (i + 2 >= path.length()) {
                return false;
            }
            int high = hex(path.charAt(i + 1));
            int low = hex(path.charAt(i + 2));
            if (high < 0 || low < 0 || (high | low) == 0) {
                return false;
            }
            decoded.put((byte) (high << 4 | low));
            i += 2;
        }
        decoded.flip();
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(decoded);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }
}
