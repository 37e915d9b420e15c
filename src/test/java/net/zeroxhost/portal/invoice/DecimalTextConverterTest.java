package net.zeroxhost.portal.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextConverterTest {

    private final DecimalTextConverter converter = new DecimalTextConverter();

    @ParameterizedTest
    @ValueSource(strings = {"0.0358619204", "1.10", "89.97", "100", "0.123456789012345678901234567", "0.00000001"})
    void roundTripKeepsTheExactDigitsAndScale(String text) {
        BigDecimal value = new BigDecimal(text);

        String stored = converter.convertToDatabaseColumn(value);
        BigDecimal read = converter.convertToEntityAttribute(stored);

        assertThat(stored).isEqualTo(text);
        assertThat(read).isEqualTo(value);
        assertThat(read.scale()).isEqualTo(value.scale());
    }

    @Test
    void neverStoresExponentNotation() {
        assertThat(converter.convertToDatabaseColumn(new BigDecimal("1E-8"))).isEqualTo("0.00000001");
        assertThat(converter.convertToDatabaseColumn(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void nullStaysNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
