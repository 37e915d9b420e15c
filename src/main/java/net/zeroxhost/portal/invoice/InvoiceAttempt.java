package net.zeroxhost.portal.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.id.Ids;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.plan.Plan;

/**
 * One attempt to create a 0xhost invoice, from the moment it was decided (REQUESTED) to what came
 * of it, with what was sent and received for the audit trail (the API key is never part of it).
 */
@Entity
@Table(name = "invoice_attempt")
// Named, so that EclipseLink prepares their SQL once rather than on every checkout (JFR).
@NamedQuery(name = InvoiceAttempt.BY_FORM, query = "select a from InvoiceAttempt a where a.idempotencyKey = :key")
@NamedQuery(name = InvoiceAttempt.USABLE, query = """
        select a from InvoiceAttempt a
        where a.account = :account and a.plan = :plan
          and ((a.state = :open and a.terms.expiredAt > :openUntil)
            or (a.state = :requested and a.requestedAt > :inFlightSince))
        order by a.requestedAt desc""")
public class InvoiceAttempt {

    static final String BY_FORM = "InvoiceAttempt.byForm";
    static final String USABLE = "InvoiceAttempt.usable";

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

    /** The headers sent, one per line, the API key's value masked; null on attempts older than this column. */
    @Column(name = "request_headers", updatable = false)
    private String requestHeaders;

    /** The plan's name when the attempt was made; a later edit of the plan leaves it be. */
    @Column(name = "plan_name", nullable = false, updatable = false)
    private String planName;

    /** The plan's catalog price when the attempt was made; a later edit of the plan leaves it be. */
    @Column(name = "price", nullable = false, updatable = false)
    private BigDecimal price;

    @Column(name = "price_currency", nullable = false, updatable = false)
    private String priceCurrency;

    /** How long the call to 0xhost took; null while under way, or when the sweep gave up on it. */
    @Column(name = "latency_ms")
    private Integer latencyMs;

    /** When the sweep gave up on it as UNKNOWN; kept if a late answer opens it after all. */
    @Column(name = "gave_up_at")
    private OffsetDateTime gaveUpAt;

    /** What 0xhost answered; null while the call is under way. */
    @Embedded
    private OxhostAnswer answer;

    /** The invoice 0xhost created; null unless the attempt opened. */
    @Embedded
    private InvoiceTerms terms;

    @Version
    private long version;

    protected InvoiceAttempt() {
    }

    InvoiceAttempt(String idempotencyKey, Account account, Plan plan, String requestEndpoint,
                   String requestHeaders, String requestBody, Instant now) {
        this.id = Ids.newId();
        this.idempotencyKey = idempotencyKey;
        this.account = account;
        this.plan = plan;
        this.state = InvoiceState.REQUESTED;
        this.requestedAt = utc(now);
        this.requestEndpoint = requestEndpoint;
        this.requestHeaders = requestHeaders;
        this.requestBody = requestBody;
        this.planName = plan.getName();
        this.price = plan.getMonthlyPrice();
        this.priceCurrency = plan.getCurrency();
    }

    /**
     * Records what came of the call. Only a REQUESTED attempt completes, once; except that an
     * invoice 0xhost created still opens an attempt the sweep gave up on as UNKNOWN: an invoice
     * the customer may pay must never be lost for the sake of a tidy record.
     */
    void complete(InvoiceOutcome outcome, Instant now, Duration latency) {
        boolean lateInvoice = state == InvoiceState.UNKNOWN && outcome instanceof InvoiceOutcome.Created;
        if (state != InvoiceState.REQUESTED && !lateInvoice) {
            throw new IllegalStateException("attempt " + id + " is already " + state);
        }
        completedAt = utc(now);
        latencyMs = (int) Math.min(Integer.MAX_VALUE, latency.toMillis());
        answer = OxhostAnswer.of(outcome);
        if (outcome instanceof InvoiceOutcome.Created created) {
            state = InvoiceState.OPEN;
            terms = InvoiceTerms.of(created.invoice());
        } else if (outcome instanceof InvoiceOutcome.Failed || outcome instanceof InvoiceOutcome.Held) {
            state = InvoiceState.FAILED;
        } else {
            state = InvoiceState.UNKNOWN;
        }
    }

    /** The state as a customer sees it at {@code now}: an OPEN invoice past its expiry is EXPIRED. */
    public InvoiceState stateAt(Instant now) {
        if (state == InvoiceState.OPEN && !terms.getExpiredAt().isAfter(now)) {
            return InvoiceState.EXPIRED;
        }
        return state;
    }

    /** One step of an attempt's life: the state it reached and when. */
    public static final class Step {
        private final InvoiceState state;
        private final Instant at;

        Step(InvoiceState state, Instant at) {
            this.state = state;
            this.at = at;
        }

        public InvoiceState getState() { return state; }
        public Instant getAt() { return at; }
    }

    /**
     * The states the attempt went through, oldest first, as far as {@code now}: recorded, given up
     * on by the sweep (if it was), what its answer made of it, and expiry once it passed.
     */
    public List<Step> history(Instant now) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(InvoiceState.REQUESTED, getRequestedAt()));
        if (gaveUpAt != null) {
            steps.add(new Step(InvoiceState.UNKNOWN, getGaveUpAt()));
        }
        boolean answered = completedAt != null && !(gaveUpAt != null && state == InvoiceState.UNKNOWN);
        if (answered) {
            steps.add(new Step(state, getCompletedAt()));
        }
        if (stateAt(now) == InvoiceState.EXPIRED) {
            steps.add(new Step(InvoiceState.EXPIRED, terms.getExpiredAt()));
        }
        return steps;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
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
    public String getRequestHeaders() { return requestHeaders; }
    public String getPlanName() { return planName; }
    public BigDecimal getPrice() { return price; }
    public String getPriceCurrency() { return priceCurrency; }
    public Integer getLatencyMs() { return latencyMs; }
    public Instant getGaveUpAt() { return gaveUpAt == null ? null : gaveUpAt.toInstant(); }
    public OxhostAnswer getAnswer() { return answer; }
    public InvoiceTerms getTerms() { return terms; }
}
