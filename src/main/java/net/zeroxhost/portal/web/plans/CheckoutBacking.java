package net.zeroxhost.portal.web.plans;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.zeroxhost.portal.id.Ids;
import net.zeroxhost.portal.invoice.InvoiceRefusedException;
import net.zeroxhost.portal.invoice.InvoiceService;
import net.zeroxhost.portal.plan.Plan;
import net.zeroxhost.portal.plan.PlanCatalog;
import net.zeroxhost.portal.web.CurrentUser;
import net.zeroxhost.portal.web.NotFound;
import net.zeroxhost.portal.web.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /checkout?plan=…}: the confirmation step. The form carries an idempotency key (a hidden
 * field) minted when the page is shown, so a double click or a resubmitted form creates at most
 * one invoice; the database holds each key once.
 */
@Named
@RequestScoped
public class CheckoutBacking {

    @Inject
    PlanCatalog catalog;

    @Inject
    InvoiceService invoices;

    @Inject
    CurrentUser user;

    @Inject
    FacesContext faces;

    /** From the URL, on the GET and on the form's POST alike (the form keeps the query string). */
    @Inject
    @Param(name = "plan")
    String planId;

    private String idempotencyKey;
    private Plan plan;

    @PostConstruct
    void init() {
        plan = catalog.findActive(planId).orElse(null);
    }

    /** Runs on the GET: a missing or retired plan is a 404, like any id that leads nowhere. */
    public void load() {
        if (plan == null) {
            NotFound.send(faces);
            return;
        }
        idempotencyKey = Ids.newId();
    }

    public String confirm() {
        String accountId = user.account().map(a -> a.getId()).orElse(null);
        if (accountId == null || plan == null || !Ids.isWellFormed(idempotencyKey)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("checkout.stale"), null));
            return null;
        }
        try {
            String attemptId = invoices.requestInvoice(accountId, plan.getId(), idempotencyKey);
            return "/invoice?faces-redirect=true&id=" + attemptId;
        } catch (InvoiceRefusedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("checkout.refused." + e.why().name()), null));
            if (e.why() == InvoiceRefusedException.Why.PAYMENTS_PAUSED) {
                // The held attempt keeps this key; the form shown again must be able to try anew.
                idempotencyKey = Ids.newId();
            }
            return null;
        }
    }

    public Plan getPlan() { return plan; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
}
