package net.zeroxhost.portal.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.account.AccountService;
import net.zeroxhost.portal.web.CurrentUser;

/**
 * Ends the session of an account an admin disabled, at its next request, on whichever server
 * node holds it: the session only remembers who logged in, so each signed-in request asks
 * whether that account may still be: as read within the last {@code portal.account.cache-ms} (2 s;
 * a disable on this node is seen at once), which the page's {@link CurrentUser} then uses; the
 * page's static resources are not asked about.
 */
@WebFilter(filterName = "disabledAccount", urlPatterns = "/*")
public class DisabledAccountFilter extends HttpFilter {

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (caller == null || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = accounts.findSignedIn(caller.getName());
        if (account.isPresent() && !account.get().isDisabled()) {
            // The page's CurrentUser takes it from here rather than reading it again.
            request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, account.get());
            chain.doFilter(request, response);
            return;
        }
        LogoutServlet.endSession(request);
        response.sendRedirect(request.getContextPath() + "/login?ended=disabled");
    }
}
