package net.zeroxhost.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import net.zeroxhost.portal.account.LoginStatus;
import net.zeroxhost.portal.account.PasswordHashing;
import net.zeroxhost.portal.web.Texts;

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

    private String email;
    private String password;

    public String login() {
        if (email == null || password == null || password.length() > PasswordHashing.MAX_PASSWORD_LENGTH) {
            return failed();
        }
        AuthenticationStatus status = sessionLogin.logIn(email, password);
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            return null;
        }
        return status == AuthenticationStatus.SUCCESS ? "/plans?faces-redirect=true" : failed();
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
