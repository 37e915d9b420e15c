package net.zeroxhost.portal.platform;

import java.util.Locale;

/**
 * A LIKE pattern for "contains": the typed text's own wildcards ({@code %}, {@code _}) and the
 * escape character are escaped, so that a search means what was typed. The query says
 * {@code like ? escape '!'}, which H2 and PostgreSQL read alike.
 */
public final class LikePattern {

    /** The escape character the queries name in {@code escape '!'}. */
    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    /** Matches any text that contains {@code part}, lower-cased as emails are stored. */
    public static String containingLowerCase(String part) {
        return "%" + part.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
