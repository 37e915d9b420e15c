package net.zeroxhost.portal.web.admin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /admin} to {@code /admin/}, made by the portal rather than by the container's own
 * directory redirect, which the servers send before any filter runs and so without the security
 * headers. The admin pages' access rule covers {@code /admin/*}; this redirect shows nothing.
 */
@WebServlet(urlPatterns = "/admin")
public class AdminRedirect extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + "/admin/");
    }
}
