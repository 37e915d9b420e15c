package net.zeroxhost.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import net.zeroxhost.portal.platform.MalformedUrl;
import net.zeroxhost.portal.platform.SecurityHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security headers ({@link SecurityHeaders}) on every response of the portal's pages, static
 * resources and error pages.
 *
 * <p>Also the request body's size, checked here because every request passes this filter before
 * anything reads a parameter: a body above {@code portal.web.max-request-bytes} is answered 413
 * at once, with these headers. Left to the container, its "post too large" surfaced as an
 * exception in Faces and a 500 page. A body of unknown length (chunked) is refused with 411:
 * browsers always state a form's length, and a limit that only counted stated lengths would be
 * no limit.
 *
 * <p>A malformed URL ({@link MalformedUrl}: a broken percent-escape, an escaped NUL, escapes of no
 * UTF-8 text) is answered 400 here, with these headers, where a server lets it reach the portal
 * (WildFly hands escapes of no text on); on Payara the URI guard of its listeners answers it
 * first, by the same rule (docs/security.md).
 *
 * <p>With {@code portal.web.https-only}, a request that did not come over TLS is redirected to the
 * same URL over HTTPS, and every answer over TLS tells the browser to use nothing else (HSTS).
 * Over TLS means {@code request.isSecure()}: behind a TLS proxy, the server's listener must be
 * told to trust the proxy's {@code X-Forwarded-Proto} (docs/deploy.md).
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    SecurityHeaders headers;

    /** Every form of the portal is a few hundred bytes (the Faces view state lives on the server). */
    @Inject
    @ConfigProperty(name = "portal.web.max-request-bytes", defaultValue = "65536")
    long maxRequestBytes;

    /** Where HTTPS is served, as the browser reaches it: 443 behind the usual proxy. */
    @Inject
    @ConfigProperty(name = "portal.web.https-port", defaultValue = "443")
    int httpsPort;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.setOn(request, response);
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // The container's own refusals (a path under WEB-INF, a method it rejects) reach no
            // filter as a request, only as the error page's dispatch: the headers are set here.
            // The request's checks below were made, or had no say, when it first came in.
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        if (MalformedUrl.isMalformed(query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Bad request", "This address is malformed.");
            return;
        }
        if (headers.httpsOnly() && !request.isSecure()) {
            redirectToHttps(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length > maxRequestBytes) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Too large",
                    "This request is larger than the portal accepts.");
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED, "Length required",
                    "The portal accepts requests of a stated length only.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The same URL over HTTPS: 301 for a GET or HEAD, 308 for anything else, so that a browser
     * repeats the request as it was (a form is then posted over TLS, never read over plain HTTP).
     */
    private void redirectToHttps(HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        String target = "https://" + request.getServerName() + (httpsPort == 443 ? "" : ":" + httpsPort)
                + request.getRequestURI() + (query == null ? "" : "?" + query);
        boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        response.setStatus(safe ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", target);
    }

    /**
     * A plain page written here: an error page of the application would be a Faces view, and
     * Faces would start by reading the very body that is refused.
     */
    private static void refuse(HttpServletResponse response, int status, String title, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        // The client may still be sending; closing says that nothing more of it will be read.
        response.setHeader("Connection", "close");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>" + title
                + " · 0xhost portal</title></head><body><h1>" + title + "</h1><p>" + text + "</p></body></html>");
    }
}
