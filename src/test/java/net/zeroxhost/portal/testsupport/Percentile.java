package net.zeroxhost.portal.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The nearest-rank percentile of the benchmarks' timings. */
public final class Percentile {

    private Percentile() {
    }

    /** @return the value at that percentile, 0 for no sample */
    public static long of(List<Long> sample, int percentile) {
        if (sample.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(sample);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
