package net.zeroxhost.portal.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.UpstreamInvoice;
import net.zeroxhost.portal.plan.Plan;
import net.zeroxhost.portal.platform.Ids;

/**
 * One attempt to create a 0xhost invoice, from the moment it was decided (REQUESTED) to what came
 * of it, with what was sent and received for the audit trail (the API key is never part of it).
 */
@Entity
@Table(name = "invoice_attempt")
public class InvoiceAttempt {

    @Id
    private String id;

    /** Carried by the form that asked for it: a resubmitted form finds this attempt again. */
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    private Plan plan;

    /** One of REQUESTED, OPEN, FAILED, UNKNOWN; see {@link #stateAt(Instant)} for EXPIRED. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceState state;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "request_endpoint", nullable = false, updatable = false)
    private String requestEndpoint;

    @Column(name = "request_body", nullable = false, updatable = false)
    private String requestBody;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "response_body")
    private String responseBody;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "upstream_message")
    private String upstreamMessage;

    @Column(name = "track_id")
    private String trackId;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "transaction_id")
    private String transactionId;

    @Convert(converter = DecimalTextConverter.class)
    private BigDecimal amount;

    private String currency;

    @Convert(converter = DecimalTextConverter.class)
    @Column(name = "pay_amount")
    private BigDecimal payAmount;

    @Column(name = "pay_currency")
    private String payCurrency;

    private String network;

    private String address;

    @Column(name = "lifetime_minutes")
    private Integer lifetimeMinutes;

    @Column(name = "expired_at")
    private OffsetDateTime expiredAt;

    @Column(name = "upstream_created_at")
    private OffsetDateTime upstreamCreatedAt;

    @Version
    private long version;

    protected InvoiceAttempt() {
    }

    InvoiceAttempt(String idempotencyKey, Account account, Plan plan, String requestEndpoint,
                   String requestBody, Instant now) {
        this.id = Ids.newId();
        this.idempotencyKey = idempotencyKey;
        this.account = account;
        this.plan = plan;
        this.state = InvoiceState.REQUESTED;
        this.requestedAt = utc(now);
        this.requestEndpoint = requestEndpoint;
        this.requestBody = requestBody;
    }

    /** Records what came of the call. Only a REQUESTED attempt can complete, and only once. */
    void complete(InvoiceOutcome outcome, Instant now) {
        if (state != InvoiceState.REQUESTED) {
            throw new IllegalStateException("attempt " + id + " is already " + state);
        }
        completedAt = utc(now);
        httpStatus = outcome.exchange().httpStatus();
        responseBody = outcome.exchange().body();
        if (outcome instanceof InvoiceOutcome.Created created) {
            open(created.invoice());
        } else if (outcome instanceof InvoiceOutcome.Failed failed) {
            state = InvoiceState.FAILED;
            failureReason = truncate(failed.reason());
            upstreamMessage = failed.upstreamMessage();
        } else if (outcome instanceof InvoiceOutcome.Unknown unknown) {
            state = InvoiceState.UNKNOWN;
            failureReason = truncate(unknown.reason());
        }
    }

    private void open(UpstreamInvoice invoice) {
        state = InvoiceState.OPEN;
        trackId = invoice.trackId();
        orderId = invoice.orderId();
        transactionId = invoice.transactionId();
        amount = invoice.amount();
        currency = invoice.currency();
        payAmount = invoice.payAmount();
        payCurrency = invoice.payCurrency();
        network = invoice.network();
        address = invoice.address();
        lifetimeMinutes = invoice.lifetimeMinutes();
        expiredAt = utc(invoice.expiredAt());
        upstreamCreatedAt = invoice.createdAt() == null ? null : utc(invoice.createdAt());
    }

    /** The state as a customer sees it at {@code now}: an OPEN invoice past its expiry is EXPIRED. */
    public InvoiceState stateAt(Instant now) {
        if (state == InvoiceState.OPEN && !getExpiredAt().isAfter(now)) {
            return InvoiceState.EXPIRED;
        }
        return state;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    public String getId() { return id; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public Account getAccount() { return account; }
    public Plan getPlan() { return plan; }
    public InvoiceState getStoredState() { return state; }
    public Instant getRequestedAt() { return requestedAt.toInstant(); }
    public Instant getCompletedAt() { return completedAt == null ? null : completedAt.toInstant(); }
    public String getRequestEndpoint() { return requestEndpoint; }
    public String getRequestBody() { return requestBody; }
    public Integer getHttpStatus() { return httpStatus; }
    public String getResponseBody() { return responseBody; }
    public String getFailureReason() { return failureReason; }
    public String getUpstreamMessage() { return upstreamMessage; }
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
    public Instant getExpiredAt() { return expiredAt == null ? null : expiredAt.toInstant(); }
    public Instant getUpstreamCreatedAt() { return upstreamCreatedAt == null ? null : upstreamCreatedAt.toInstant(); }
}
