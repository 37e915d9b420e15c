package net.zeroxhost.portal.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one place that decides what an acceptable, comparable email address is. */
public final class Emails {

    /** Deliberately simple: one @, no spaces, a dot in the domain. Delivery is the real check. */
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    public static final int MAX_LENGTH = 254;

    private Emails() {
    }

    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String email) {
        String normalized = normalize(email);
        return normalized != null && normalized.length() <= MAX_LENGTH && SHAPE.matcher(normalized).matches();
    }
}
