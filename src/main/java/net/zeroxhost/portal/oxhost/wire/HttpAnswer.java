package net.zeroxhost.portal.oxhost.wire;

import java.nio.charset.StandardCharsets;

/**
 * One HTTP answer of 0xhost as far as it was read, for {@link InvoiceAnswerReader}.
 *
 * @param status     the HTTP status
 * @param location   of a redirect: its {@code Location} header made absolute against the request's
 *                   URI; else null
 * @param body       the body as text, null when none was read
 * @param incomplete null when the body was read to its end; else why not, as words that follow
 *                   "answer" ("larger than 65536 bytes", "broken off: …")
 */
public record HttpAnswer(int status, String location, String body, String incomplete) {

    /** An answer read to its end, without a Location. */
    public static HttpAnswer complete(int status, String body) {
        return new HttpAnswer(status, null, body, null);
    }

    /**
     * The answer with its body decoded as UTF-8, JSON's only encoding (RFC 8259) whatever the
     * Content-Type says; bytes that are not UTF-8 (or a character cut at the end) become U+FFFD,
     * which {@link UntrustedText#isDisplayable} refuses in any field that is kept.
     */
    public static HttpAnswer of(int status, String location, byte[] body, String incomplete) {
        return new HttpAnswer(status, location, body == null ? null : new String(body, StandardCharsets.UTF_8),
                incomplete);
    }
}
