package net.zeroxhost.portal.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code POST /logout}, the header's log-out button. A POST with the session's
 * {@link LogoutForm} token, so that no link, image or other site's form can log anyone out; a GET
 * is refused by the servlet's default (405).
 */
@WebServlet(name = "logout", urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    LogoutForm form;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        // Signed out already (the session timed out, or another tab logged out): nothing to end.
        if (request.getUserPrincipal() != null) {
            if (!form.accepts(request.getParameter("token"))) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            endSession(request);
        }
        response.sendRedirect(request.getContextPath() + "/login?loggedOut=true");
    }

    /** Signs the caller out and drops everything their session held. */
    static void endSession(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
