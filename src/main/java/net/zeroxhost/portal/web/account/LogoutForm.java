package net.zeroxhost.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token of the header's log-out form, one per session. The form is a plain HTML form rather
 * than a Faces one: a Faces form on every page made Faces keep each page's component tree in the
 * session, for a button that only ends the session (docs/performance.md). The token does for this
 * form what the view state does for the Faces forms: a page of another site cannot post it.
 */
@Named
@RequestScoped
public class LogoutForm {

    private static final String TOKEN = LogoutForm.class.getName() + ".token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    /** This session's token, made at its first use; only for signed-in pages, which have a session. */
    public String getToken() {
        HttpSession session = request.getSession();
        synchronized (session) {
            Object kept = session.getAttribute(TOKEN);
            if (kept instanceof String token) {
                return token;
            }
            byte[] random = new byte[24];
            RANDOM.nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            session.setAttribute(TOKEN, token);
            return token;
        }
    }

    /** Whether {@code posted} is this session's token, compared in constant time. */
    boolean accepts(String posted) {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(TOKEN);
        return posted != null && kept instanceof String token
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), posted.getBytes(StandardCharsets.US_ASCII));
    }
}
