package net.zeroxhost.portal.id;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
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

    /**
     * A generator per thread: {@code UUID.randomUUID()} draws from one JVM-wide {@code SecureRandom}
     * whose reads take one lock, and the 500-customer journey's profile showed request threads
     * queueing on it. Each DRBG is seeded from the system's entropy on first use and then needs no
     * lock shared with other threads.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(Ids::newGenerator);

    private Ids() {
    }

    /** True when the text (trimmed) has the shape of a 0xhost user or server id. */
    public static boolean isOxhostId(String text) {
        return text != null && text.strip().length() <= OXHOST_ID_MAX && OXHOST_ID.matcher(text.strip()).matches();
    }

    /** A random (version 4, IETF variant) UUID, as {@code UUID.randomUUID()} makes them. */
    public static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xff);
            low = (low << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(high, low).toString();
    }

    /** True when the text has the shape of an id, so that junk from a URL never reaches a query. */
    public static boolean isWellFormed(String text) {
        return text != null && UUID_TEXT.matcher(text).matches();
    }

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            // Every Java 9+ runtime has DRBG; should one not, the JVM's default generator will do.
            return new SecureRandom();
        }
    }
}
