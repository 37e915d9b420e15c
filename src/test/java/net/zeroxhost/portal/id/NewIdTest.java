package net.zeroxhost.portal.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ids of the portal's rows: random version 4 UUIDs, from a generator per thread. */
class NewIdTest {

    @Test
    void isARandomVersion4UuidInItsCanonicalText() {
        for (int i = 0; i < 1000; i++) {
            String id = Ids.newId();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            assertThat(Ids.isWellFormed(id)).isTrue();
        }
    }

    @Test
    void neverRepeatsAcrossThreads() {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 40_000).parallel().forEach(i -> ids.add(Ids.newId()));
        assertThat(ids).hasSize(40_000);
    }

    @Test
    void spreadsItsRandomBitsOverEveryPosition() {
        // 122 random bits: over 2,000 ids each of them must have been both 0 and 1.
        long highOr = 0;
        long highAnd = -1;
        long lowOr = 0;
        long lowAnd = -1;
        for (int i = 0; i < 2000; i++) {
            UUID uuid = UUID.fromString(Ids.newId());
            highOr |= uuid.getMostSignificantBits();
            highAnd &= uuid.getMostSignificantBits();
            lowOr |= uuid.getLeastSignificantBits();
            lowAnd &= uuid.getLeastSignificantBits();
        }
        long versionBits = 0xF000L;
        long variantBits = 0xC000_0000_0000_0000L;
        assertThat(highOr | versionBits).isEqualTo(-1L);
        assertThat(highAnd & ~versionBits).isZero();
        assertThat(lowOr | variantBits).isEqualTo(-1L);
        assertThat(lowAnd & ~variantBits).isZero();
    }
}
