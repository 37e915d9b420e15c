package net.zeroxhost.portal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.zeroxhost.portal.invoice.InvoiceAttempt;
import net.zeroxhost.portal.invoice.InvoiceQueries;
import net.zeroxhost.portal.invoice.InvoiceState;
import net.zeroxhost.portal.invoice.InvoiceTerms;
import net.zeroxhost.portal.web.NotFound;

/**
 * {@code /admin/invoice?id=…}: one attempt with everything on record: what was sent (the key
 * masked when it was recorded), what came back and how long it took, why it failed, its history.
 */
@Named
@RequestScoped
public class AdminInvoiceBacking {

    /** Of the raw answer shown; the column keeps up to 20,000 characters, the page need not. */
    static final int SHOWN_ANSWER_CHARS = 4_000;

    @Inject
    InvoiceQueries queries;

    @Inject
    Clock clock;

    @Inject
    FacesContext faces;

    private String id;
    private InvoiceAttempt attempt;
    private Instant now;

    public void load() {
        now = clock.instant();
        attempt = queries.findAny(id).orElse(null);
        if (attempt == null) {
            NotFound.send(faces);
        }
    }

    public InvoiceAttempt getAttempt() { return attempt; }
    public InvoiceState getState() { return attempt.stateAt(now); }
    public String getStateKey() { return "state." + getState().name(); }
    public List<InvoiceAttempt.Step> getHistory() { return attempt.history(now); }

    public String getShownAnswer() {
        String body = attempt.getAnswer() == null ? null : attempt.getAnswer().getResponseBody();
        if (body == null || body.length() <= SHOWN_ANSWER_CHARS) {
            return body;
        }
        return body.substring(0, SHOWN_ANSWER_CHARS);
    }

    /** How many characters of the answer the page leaves out, 0 when it shows all of it. */
    public int getAnswerCharsLeftOut() {
        String body = attempt.getAnswer() == null ? null : attempt.getAnswer().getResponseBody();
        return body == null ? 0 : Math.max(0, body.length() - SHOWN_ANSWER_CHARS);
    }

    /** True when 0xhost invoiced another fiat amount than the plan's catalog price at the time. */
    public boolean isPriceDiffers() {
        InvoiceTerms terms = attempt.getTerms();
        return terms != null && terms.getAmount() != null
                && (terms.getAmount().compareTo(attempt.getPrice()) != 0
                || !attempt.getPriceCurrency().equalsIgnoreCase(terms.getCurrency()));
    }

    /** The list filtered to this customer. */
    public String getCustomerHref() {
        return faces.getExternalContext().getRequestContextPath() + "/admin/index?customer="
                + URLEncoder.encode(attempt.getAccount().getEmail(), StandardCharsets.UTF_8);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
