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

    /**
     * The shape of a 0xhost user or server id: five groups of letters and digits joined by dashes,
     * as a UUID is and as the API's own examples ({@code server12345-6789-…}) are, which are not
     * strict UUIDs.
     */
    private static final Pattern OXHOST_ID = Pattern.compile("[A-Za-z0-9]{1,20}(?:-[A-Za-z0-9]{1,20}){4}");
    public static final int OXHOST_ID_MAX = 64;

    private Ids() {
    }

    /** True when the text (trimmed) has the shape of a 0xhost user or server id. */
    public static boolean isOxhostId(String text) {
        return text != null && text.strip().length() <= OXHOST_ID_MAX && OXHOST_ID.matcher(text.strip()).matches();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** True when the text has the shape of an id, so that junk from a URL never reaches a query. */
    public static boolean isWellFormed(String text) {
        return text != null && UUID_TEXT.matcher(text).matches();
    }
}
