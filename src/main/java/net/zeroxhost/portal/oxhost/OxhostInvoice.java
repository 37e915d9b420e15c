package net.zeroxhost.portal.oxhost;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An invoice as 0xhost created it, already checked: every field the payment page needs is present
 * and well-formed. Amounts keep the exact decimal digits received.
 */
public record OxhostInvoice(
        String trackId,
        String orderId,
        String transactionId,
        BigDecimal amount,
        String currency,
        BigDecimal payAmount,
        String payCurrency,
        String network,
        String address,
        Integer lifetimeMinutes,
        Instant expiredAt,
        Instant createdAt) {
}
