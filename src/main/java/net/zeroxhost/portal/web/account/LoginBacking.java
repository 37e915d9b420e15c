package net.zeroxhost.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.zeroxhost.portal.account.Emails;
import net.zeroxhost.portal.account.PasswordHashing;
import net.zeroxhost.portal.web.Texts;

/** {@code /login}: hands the typed credentials to Jakarta Security. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String email;
    private String password;

    public String login() {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (email == null || password == null || password.length() > PasswordHashing.MAX_PASSWORD_LENGTH) {
            return failed();
        }
        // A new session id at login: an id planted before login is worthless after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(Emails.normalize(email), new Password(password))));
        switch (status) {
            case SEND_CONTINUE:
                // The mechanism is redirecting back to the page that asked for a login.
                faces.responseComplete();
                return null;
            case SUCCESS:
                return "/plans?faces-redirect=true";
            default:
                return failed();
        }
    }

    private String failed() {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("login.failed"), null));
        return null;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
