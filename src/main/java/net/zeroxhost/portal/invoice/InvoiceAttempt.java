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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /**
     * Records what came of the call. Only a REQUESTED attempt completes, once; except that an
     * invoice 0xhost created still opens an attempt the sweep gave up on as UNKNOWN: an invoice
     * the customer may pay must never be lost for the sake of a tidy record.
     */
    void complete(InvoiceOutcome outcome, Instant now) {
        boolean lateInvoice = state == InvoiceState.UNKNOWN && outcome instanceof InvoiceOutcome.Created;
        if (state != InvoiceState.REQUESTED && !lateInvoice) {
            throw new IllegalStateException("attempt " + id + " is already " + state);
        }
        completedAt = utc(now);
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
    public OxhostAnswer getAnswer() { return answer; }
    public InvoiceTerms getTerms() { return terms; }
}
