package net.zeroxhost.portal.invoice.audit;

import java.math.BigDecimal;
import java.time.Instant;
import net.zeroxhost.portal.invoice.InvoiceState;

/**
 * One attempt as the audit list and its export show it: the columns of the list only (the raw
 * answer, up to 20,000 characters, stays in the database until the detail view asks for it). A
 * class with getters: Jakarta EL 5 (EE 10) does not read record accessors.
 */
public final class AuditRow {

    private final String id;
    private final Instant requestedAt;
    private final String customer;
    private final String plan;
    private final InvoiceState state;
    private final BigDecimal price;
    private final String priceCurrency;
    private final BigDecimal amount;
    private final String currency;
    private final BigDecimal payAmount;
    private final String payCurrency;
    private final String network;
    private final String trackId;
    private final String orderId;
    private final Instant expiresAt;
    private final String failureReason;

    AuditRow(String id, Instant requestedAt, String customer, String plan, InvoiceState state, BigDecimal price,
             String priceCurrency, BigDecimal amount, String currency, BigDecimal payAmount, String payCurrency,
             String network, String trackId, String orderId, Instant expiresAt, String failureReason) {
        this.id = id;
        this.requestedAt = requestedAt;
        this.customer = customer;
        this.plan = plan;
        this.state = state;
        this.price = price;
        this.priceCurrency = priceCurrency;
        this.amount = amount;
        this.currency = currency;
        this.payAmount = payAmount;
        this.payCurrency = payCurrency;
        this.network = network;
        this.trackId = trackId;
        this.orderId = orderId;
        this.expiresAt = expiresAt;
        this.failureReason = failureReason;
    }

    public String getId() { return id; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getCustomer() { return customer; }
    public String getPlan() { return plan; }
    /** As of the query's moment: an OPEN invoice past its expiry reads EXPIRED. */
    public InvoiceState getState() { return state; }
    public String getStateKey() { return "state." + state.name(); }
    /** The plan's catalog price when the attempt was made. */
    public BigDecimal getPrice() { return price; }
    public String getPriceCurrency() { return priceCurrency; }
    /** The fiat amount 0xhost invoiced; null unless an invoice was created. */
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public BigDecimal getPayAmount() { return payAmount; }
    public String getPayCurrency() { return payCurrency; }
    public String getNetwork() { return network; }
    public String getTrackId() { return trackId; }
    public String getOrderId() { return orderId; }
    public Instant getExpiresAt() { return expiresAt; }
    public String getFailureReason() { return failureReason; }
}
