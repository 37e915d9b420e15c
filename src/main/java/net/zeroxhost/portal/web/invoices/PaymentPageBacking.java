package net.zeroxhost.portal.web.invoices;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.invoice.InvoiceAttempt;
import net.zeroxhost.portal.invoice.InvoiceQueries;
import net.zeroxhost.portal.invoice.InvoiceState;
import net.zeroxhost.portal.invoice.InvoiceTerms;
import net.zeroxhost.portal.payment.Countdown;
import net.zeroxhost.portal.payment.PaymentUri;
import net.zeroxhost.portal.payment.QrCodes;
import net.zeroxhost.portal.web.CurrentUser;
import net.zeroxhost.portal.web.InvoiceRow;
import net.zeroxhost.portal.web.NotFound;
import net.zeroxhost.portal.web.Texts;

/**
 * {@code /invoice?id=…}: the payment page. Its owner or an admin can open it; anyone else gets the
 * very 404 an unknown id gets, so ids cannot be probed.
 */
@Named
@RequestScoped
public class PaymentPageBacking {

    @Inject
    InvoiceQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    FacesContext faces;

    @Inject
    QrCodes qrCodes;

    private String id;
    private InvoiceAttempt attempt;
    private InvoiceRow row;
    private Instant now;
    private String paymentUri;

    public void load() {
        now = clock.instant();
        Optional<InvoiceAttempt> found = user.isAdmin()
                ? queries.findAny(id)
                : user.account().map(Account::getId).flatMap(accountId -> queries.findOwned(id, accountId));
        attempt = found.orElse(null);
        if (attempt == null) {
            NotFound.send(faces);
            return;
        }
        row = InvoiceRow.of(attempt, now);
        if (attempt.getStoredState() == InvoiceState.OPEN) {
            InvoiceTerms terms = attempt.getTerms();
            paymentUri = PaymentUri.of(terms.getPayCurrency(), terms.getNetwork(), terms.getAddress(),
                    terms.getPayAmount());
        }
    }

    public InvoiceAttempt getAttempt() { return attempt; }
    // Null before load(): a post from this page (its logout form) is decoded without the
    // view action, and the page's "rendered" conditions read the state while it is.
    public InvoiceState getState() { return row == null ? null : row.getState(); }
    public String getPaymentUri() { return paymentUri; }
    public String getStateKey() { return row == null ? null : row.getStateKey(); }
    public String getQrAlt() {
        InvoiceTerms terms = attempt.getTerms();
        return Texts.get("invoice.qr.alt", terms.getPayAmount().toPlainString(), terms.getPayCurrency(),
                terms.getAddress());
    }
    public String getNetworkWarning() {
        InvoiceTerms terms = attempt.getTerms();
        return Texts.get("invoice.warning", terms.getPayCurrency(), terms.getNetwork());
    }
    public String getQrCode() { return paymentUri == null ? null : qrCodes.dataUri(paymentUri); }
    public long getMinutesLeft() { return Countdown.minutesLeft(now, attempt.getTerms().getExpiredAt()); }
    public long getSecondsLeft() { return Countdown.secondsLeft(now, attempt.getTerms().getExpiredAt()); }
    public boolean isOwnedByCaller() { return attempt != null && attempt.getAccount().getEmail().equals(user.getEmail()); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
