package net.zeroxhost.portal.oxhost.wire;

/** Small helpers for quoting untrusted wire text in reasons and logs. */
final class Wire {

    private Wire() {
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", " ");
        return flat.length() <= 40 ? flat : flat.substring(0, 40) + "…";
    }
}
