package net.zeroxhost.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security headers of every answer. The pages use no inline script or style, so the content
 * security policy can forbid both; pages are personal (invoices, addresses), so nothing is cached.
 * Set by the portal's filter on its pages and error pages, and by the login mechanism, whose
 * redirect to the login page Payara makes in its authentication step, before any filter runs.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Inject
    @ConfigProperty(name = "portal.web.https-only", defaultValue = "false")
    boolean httpsOnly;

    /** Whether the portal is reached over TLS only ({@code portal.web.https-only}): HSTS, and plain HTTP redirected. */
    public boolean httpsOnly() {
        return httpsOnly;
    }

    /** Sets (never adds) each header, so that a response that passes two of the setters has one copy. */
    public void setOn(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (httpsOnly && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
