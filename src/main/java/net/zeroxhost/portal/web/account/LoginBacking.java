package net.zeroxhost.portal.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import net.zeroxhost.portal.account.LoginStatus;
import net.zeroxhost.portal.account.PasswordHashing;
import net.zeroxhost.portal.web.CurrentUser;
import net.zeroxhost.portal.web.Texts;
import org.omnifaces.util.Messages;

/** {@code /login}: hands the typed credentials to Jakarta Security. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SessionLogin sessionLogin;

    @Inject
    FacesContext faces;

    @Inject
    LoginStatus loginStatus;

    @Inject
    CurrentUser currentUser;

    /** The flash entry under which the sign-up page hands the login form its email. */
    static final String EMAIL_FLASH = "signup.email";

    private String email;
    private String password;

    @PostConstruct
    void emailFromSignup() {
        if (faces.getExternalContext().getFlash().get(EMAIL_FLASH) instanceof String signedUp) {
            email = signedUp;
        }
    }

    public String login() {
        if (email == null || password == null || password.length() > PasswordHashing.MAX_PASSWORD_LENGTH) {
            return failed();
        }
        AuthenticationStatus status = sessionLogin.logIn(email, password);
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            return null;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            return failed();
        }
        if (!currentUser.isAdmin() && !currentUser.isActivated()) {
            Messages.addFlashGlobalInfo(Texts.get("login.pending"));
        }
        return "/plans?faces-redirect=true";
    }

    private String failed() {
        String text = loginStatus.refusedFor()
                // Whole seconds, rounded up: "try again in 0 seconds" would be refused again.
                .map(left -> Texts.get("login.throttled", (left.toMillis() + 999) / 1000))
                .orElseGet(() -> Texts.get(loginStatus.isBusy() ? "login.busy"
                        : loginStatus.isDisabled() ? "login.disabled" : "login.failed"));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        return null;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
