package net.zeroxhost.portal.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;

/**
 * What came back from 0xhost for one attempt and what the portal made of it, kept for the audit
 * trail: the raw answer (as far as it was read) and, when no invoice came of it, why.
 */
@Embeddable
public class OxhostAnswer {

    /** The column's size: longer reasons are cut, they are the portal's own words. */
    static final int MAX_REASON = 1000;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "response_body")
    private String responseBody;

    @Column(name = "failure_reason")
    private String failureReason;

    /** 0xhost's own message on a failure: untrusted text, shown escaped. */
    @Column(name = "oxhost_message")
    private String oxhostMessage;

    protected OxhostAnswer() {
    }

    static OxhostAnswer of(InvoiceOutcome outcome) {
        OxhostAnswer answer = new OxhostAnswer();
        answer.httpStatus = outcome.exchange().httpStatus();
        answer.responseBody = outcome.exchange().body();
        if (outcome instanceof InvoiceOutcome.Failed failed) {
            answer.failureReason = truncate(failed.reason());
            answer.oxhostMessage = failed.oxhostMessage();
        } else if (outcome instanceof InvoiceOutcome.Unknown unknown) {
            answer.failureReason = truncate(unknown.reason());
        } else if (outcome instanceof InvoiceOutcome.Held held) {
            answer.failureReason = truncate(held.reason());
        }
        return answer;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
    }

    public Integer getHttpStatus() { return httpStatus; }
    public String getResponseBody() { return responseBody; }
    public String getFailureReason() { return failureReason; }
    public String getOxhostMessage() { return oxhostMessage; }
}
