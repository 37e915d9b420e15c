package net.zeroxhost.portal.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a customer's page must never show: exception names, stack frames, Java package names,
 * HTTP status lines and reason phrases, the portal's wording of failures meant for admins, and the
 * raw answer of 0xhost. Checked against the page with its character references decoded, so that
 * escaping cannot hide a leak. Plain JDK, so that in-container tests can use it.
 */
public final class InternalDetail {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b[A-Z][A-Za-z]*(Exception|Error)\\b"),
            Pattern.compile("\\bat [\\w$./<>]+\\.[\\w$<>]+\\("),
            Pattern.compile("\\b(java|javax|jdk|sun|com\\.sun|org\\.glassfish|org\\.jboss|org\\.apache|org\\.eclipse"
                    + "|net\\.zeroxhost)\\.[a-z]"),
            Pattern.compile("HTTP ?/?[0-9]"),
            Pattern.compile("\\b(Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Too Many Requests"
                    + "|Bad Request|Unauthorized|Forbidden|Not Found|Moved Permanently|Temporary Redirect)\\b"),
            Pattern.compile("success ?[:\"]|0xhost answered|could not connect|timed out|read timeout|exchange deadline"
                    + "|broken off|redirected|JSON|unusable|unreadable|expired_at|larger than [0-9]|not HTTP"
                    + "|connection failed|Connection reset|end of file", Pattern.CASE_INSENSITIVE),
            Pattern.compile(Pattern.quote(FaultRows.RAW_MARKER)));

    private static final int RAW_HEAD = 24;

    private InternalDetail() {
    }

    /**
     * What of internal detail the page shows, each with its surroundings; empty when none.
     *
     * @param ownWords  the portal's own data on the page that may look like detail (the test plans are
     *                  named after their rows, "IT fault-read-timeout"); ignored
     * @param secrets   texts that must not appear at all: the admin's reasons, the API key
     * @param rawBodies 0xhost's answers as kept: no page may show their beginning
     */
    public static List<String> in(String html, Collection<String> ownWords, Collection<String> secrets,
                                  Collection<String> rawBodies) {
        String text = decoded(html);
        for (String own : ownWords) {
            text = text.replace(own, "");
        }
        List<String> leaks = new ArrayList<>();
        for (Pattern pattern : PATTERNS) {
            Matcher found = pattern.matcher(text);
            if (found.find()) {
                int from = Math.max(0, found.start() - 60);
                leaks.add("\"" + found.group() + "\" in …" + text.substring(from, Math.min(text.length(), found.end() + 60)) + "…");
            }
        }
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank() && text.contains(secret)) {
                leaks.add("\"" + secret + "\"");
            }
        }
        for (String body : rawBodies) {
            // Its first characters: enough to be the answer's own, few enough to catch a part of it.
            String stripped = body == null ? "" : body.strip();
            String head = stripped.substring(0, Math.min(RAW_HEAD, stripped.length()));
            if (head.length() >= 12 && text.contains(head)) {
                leaks.add("the raw answer \"" + head + "\"");
            }
        }
        return leaks;
    }

    /** The page with its character references decoded, as a reader (or a screen reader) gets it. */
    public static String decoded(String html) {
        Matcher numeric = Pattern.compile("&#(x?)([0-9A-Fa-f]+);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (numeric.find()) {
            int codePoint = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            numeric.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(codePoint))));
        }
        numeric.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }
}
