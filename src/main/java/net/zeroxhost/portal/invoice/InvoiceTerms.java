package net.zeroxhost.portal.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.zeroxhost.portal.oxhost.OxhostInvoice;

/**
 * The invoice 0xhost created, as the customer is asked to pay it: amounts (the exact decimal text
 * received), coin, network, address, expiry, and 0xhost's ids for support. Present only once an
 * attempt has opened.
 */
@Embeddable
public class InvoiceTerms {

    @Column(name = "track_id")
    private String trackId;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "transaction_id")
    private String transactionId;

    @Convert(converter = DecimalTextConverter.class)
    @Column(name = "amount")
    private BigDecimal amount;

    @Column(name = "currency")
    private String currency;

    @Convert(converter = DecimalTextConverter.class)
    @Column(name = "pay_amount")
    private BigDecimal payAmount;

    @Column(name = "pay_currency")
    private String payCurrency;

    @Column(name = "network")
    private String network;

    @Column(name = "address")
    private String address;

    @Column(name = "lifetime_minutes")
    private Integer lifetimeMinutes;

    @Column(name = "expired_at")
    private OffsetDateTime expiredAt;

    @Column(name = "oxhost_created_at")
    private OffsetDateTime oxhostCreatedAt;

    protected InvoiceTerms() {
    }

    static InvoiceTerms of(OxhostInvoice invoice) {
        InvoiceTerms terms = new InvoiceTerms();
        terms.trackId = invoice.trackId();
        terms.orderId = invoice.orderId();
        terms.transactionId = invoice.transactionId();
        terms.amount = invoice.amount();
        terms.currency = invoice.currency();
        terms.payAmount = invoice.payAmount();
        terms.payCurrency = invoice.payCurrency();
        terms.network = invoice.network();
        terms.address = invoice.address();
        terms.lifetimeMinutes = invoice.lifetimeMinutes();
        terms.expiredAt = invoice.expiredAt().atOffset(ZoneOffset.UTC);
        terms.oxhostCreatedAt = invoice.createdAt() == null ? null : invoice.createdAt().atOffset(ZoneOffset.UTC);
        return terms;
    }

    public String getTrackId() { return trackId; }
    public String getOrderId() { return orderId; }
    public String getTransactionId() { return transactionId; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public BigDecimal getPayAmount() { return payAmount; }
    public String getPayCurrency() { return payCurrency; }
    public String getNetwork() { return network; }
    public String getAddress() { return address; }
    public Integer getLifetimeMinutes() { return lifetimeMinutes; }
    public Instant getExpiredAt() { return expiredAt.toInstant(); }
    public Instant getOxhostCreatedAt() { return oxhostCreatedAt == null ? null : oxhostCreatedAt.toInstant(); }
}
