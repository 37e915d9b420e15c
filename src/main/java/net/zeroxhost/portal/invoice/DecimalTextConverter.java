package net.zeroxhost.portal.invoice;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/**
 * Stores an amount as the exact decimal text received: a NUMERIC column would pad the scale
 * (0.0358619204 read back as 0.035861920400000000) and a double would round it.
 */
@Converter
public class DecimalTextConverter implements AttributeConverter<BigDecimal, String> {

    @Override
    public String convertToDatabaseColumn(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    @Override
    public BigDecimal convertToEntityAttribute(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
