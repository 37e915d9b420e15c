package net.zeroxhost.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import net.zeroxhost.portal.account.AccountService;
import net.zeroxhost.portal.account.Emails;
import net.zeroxhost.portal.account.PasswordHashing;
import net.zeroxhost.portal.account.SignupThrottle;
import net.zeroxhost.portal.web.Texts;
import org.omnifaces.util.Messages;

/**
 * {@code /signup}: checks the form and creates the customer, then sends them to the login page.
 * It does not log them in: a taken email must get the same answer as a new one (ASVS V2 account
 * enumeration), and only a login can tell the owner from someone who typed their email.
 */
@Named
@RequestScoped
public class SignupBacking {

    @Inject
    AccountService accounts;

    @Inject
    FacesContext faces;

    @Inject
    SignupThrottle throttle;

    private String email;
    private String password;
    private String confirmation;

    public String signUp() {
        boolean valid = true;
        if (!Emails.isValid(email)) {
            error("signup:email", "signup.email.invalid");
            valid = false;
        }
        if (password == null || password.length() < PasswordHashing.MIN_PASSWORD_LENGTH
                || password.length() > PasswordHashing.MAX_PASSWORD_LENGTH) {
            error("signup:password", "signup.password.length");
            valid = false;
        } else if (!password.equals(confirmation)) {
            error("signup:confirmation", "signup.confirmation.mismatch");
            valid = false;
        }
        if (!valid) {
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Optional<Duration> refused = throttle.refusal(request);
        if (refused.isPresent()) {
            // Whole minutes, rounded up: the wait is a minute at least.
            long minutes = (refused.get().toSeconds() + 59) / 60;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("signup.throttled", minutes), null));
            return null;
        }
        try {
            accounts.signUp(email, password);
        } catch (RuntimeException e) {
            if (!PasswordHashing.isBusy(e)) {
                throw e;
            }
            error(null, "signup.busy");
            return null;
        }
        // A taken email counts as much as a new one, and both get the same answer: the login page,
        // which the owner of an existing account passes with its old password.
        throttle.counted(request);
        faces.getExternalContext().getFlash().put(LoginBacking.EMAIL_FLASH, Emails.normalize(email));
        Messages.addFlashGlobalInfo(Texts.get("signup.done"));
        return "/login?faces-redirect=true";
    }

    private void error(String clientId, String key) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(key), null));
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
