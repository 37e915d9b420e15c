package net.zeroxhost.portal.invoice.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders the audit list offers. Each ends with the attempt's id, so that rows tie in no order
 * and a keyset page starts exactly where the last one ended.
 */
public enum AuditSort {
    NEWEST("newest", false, false),
    OLDEST("oldest", false, true),
    PRICE_HIGH("price-desc", true, false),
    PRICE_LOW("price-asc", true, true);

    private final String param;
    private final boolean byPrice;
    private final boolean ascending;

    AuditSort(String param, boolean byPrice, boolean ascending) {
        this.param = param;
        this.byPrice = byPrice;
        this.ascending = ascending;
    }

    /** Its name in URLs. */
    public String param() {
        return param;
    }

    public boolean byPrice() {
        return byPrice;
    }

    public boolean ascending() {
        return ascending;
    }

    public static Optional<AuditSort> ofParam(String text) {
        return Arrays.stream(values()).filter(s -> s.param.equals(text)).findFirst();
    }
}
