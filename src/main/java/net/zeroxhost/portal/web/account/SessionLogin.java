package net.zeroxhost.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.zeroxhost.portal.account.Emails;

/** Logging a caller in from a Faces form: the one step the login and sign-up pages share. */
@RequestScoped
public class SessionLogin {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    /**
     * Hands the credentials to Jakarta Security as a new authentication. When the mechanism answers
     * with a redirect of its own (back to the page that asked for a login) the Faces response is
     * completed here, so callers only look at SUCCESS and failure.
     */
    public AuthenticationStatus logIn(String email, String password) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A new session id at login: an id planted before login is worthless after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(Emails.normalize(email), new Password(password))));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        }
        return status;
    }
}
