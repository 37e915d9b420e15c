package net.zeroxhost.portal.id;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifiers of the portal's rows: random (version 4) UUIDs, because they appear in URLs and a
 * sequential number would let one customer guess another's invoice.
 */
public final class Ids {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** True when the text has the shape of an id, so that junk from a URL never reaches a query. */
    public static boolean isWellFormed(String text) {
        return text != null && UUID_TEXT.matcher(text).matches();
    }
}
