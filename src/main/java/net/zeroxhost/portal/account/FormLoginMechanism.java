package net.zeroxhost.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The portal's login: the portal's own login page calls {@code SecurityContext.authenticate} with
 * the typed credentials, the identity store checks them, the session remembers the caller, and
 * account pages send a visitor who is not logged in to {@code /login}. That is what
 * {@code @CustomFormAuthenticationMechanismDefinition} does, with one difference: the container
 * learns the caller by name, not as the identity store's {@code CallerPrincipal} object.
 *
 * <p>Why that matters: on every later request {@link AutoApplySession} hands the container the
 * request's principal again. Payara 6 keeps the caller's groups only with its own principal type.
 * When it gets some other principal object (a {@code CallerPrincipal}), it looks the session's
 * principal up in a field it shares between all request threads that have no security context yet.
 * Two signed-in requests at once overwrite each other's value there. The loser is then left with
 * only its name and no groups, so it gets a 403 on every page that needs CUSTOMER or ADMIN, and
 * nothing is logged (Payara issue 6145, fixed only in Payara 7). If the login goes by name, the
 * request's principal is Payara's own type: it carries its groups and that shared field is never
 * read.
 */
@AutoApplySession
@SecurityHeadersFirst.Bound
@LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false)
@ApplicationScoped
public class FormLoginMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    LoginStatus status;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        String email = credential instanceof UsernamePasswordCredential login ? login.getCaller() : null;
        // Before the hash: a refused guess costs the attacker a round trip and the server nothing.
        Optional<Duration> refused = throttle.refusal(email, request);
        if (refused.isPresent()) {
            status.markRefused(refused.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        switch (result.getStatus()) {
            case VALID -> throttle.succeeded(email, request);
            // Wrong password or unknown email; NOT_VALIDATED (the hash was busy) checked nothing and counts not.
            case INVALID -> throttle.failed(email, request);
            default -> {
            }
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(result.getCallerPrincipal().getName(), result.getCallerGroups());
    }
}
