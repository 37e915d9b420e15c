package net.zeroxhost.portal.payment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The QR images of the payment pages being looked at, each drawn once. An invoice's payment URI
 * never changes, while a customer who pays reloads its page: drawing the code was a third of the
 * payment page's time (docs/performance.md). The most recently used images are kept, a bounded
 * number, so a crawl over many old invoices cannot grow the heap.
 */
@ApplicationScoped
public class QrCodes {

    /** Open invoices looked at within the same few minutes; about 8 KB each. */
    static final int KEPT = 256;

    private final Map<String, String> dataUris = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    /** {@link QrCode#svgDataUri} of {@code paymentUri}, drawn at its first request only. */
    public String dataUri(String paymentUri) {
        synchronized (dataUris) {
            String kept = dataUris.get(paymentUri);
            if (kept != null) {
                return kept;
            }
        }
        // Drawn outside the lock: two first views may both draw it, which is harmless.
        String drawn = QrCode.svgDataUri(paymentUri);
        synchronized (dataUris) {
            dataUris.put(paymentUri, drawn);
        }
        return drawn;
    }

    int size() {
        synchronized (dataUris) {
            return dataUris.size();
        }
    }
}
