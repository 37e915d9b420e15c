package net.zeroxhost.portal.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.zeroxhost.portal.account.Role;
import net.zeroxhost.portal.invoice.audit.AuditCsv;
import net.zeroxhost.portal.invoice.audit.AuditQuery;
import net.zeroxhost.portal.invoice.audit.AuditSearch;

/**
 * {@code /admin/invoices.csv?…}: the attempts the list's filter takes (its URL parameters), every
 * one of them, in the list's order, written as they are read a batch at a time, so that a million
 * rows stream out in constant memory. The admin pages' access rule covers it; the role is checked
 * here too, since an export is the one admin page that is all data.
 */
@WebServlet(urlPatterns = "/admin/invoices.csv")
public class InvoiceCsvServlet extends HttpServlet {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    @Inject
    AuditSearch search;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Role.ADMIN.name())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        AuditQuery query = AuditQuery.fromParameters(request::getParameter);
        Instant now = clock.instant();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/csv");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"invoices-" + FILE_TIME.format(now) + ".csv\"");
        PrintWriter out = response.getWriter();
        try (AuditCsv csv = new AuditCsv(out)) {
            // The servlet's writer swallows a gone client's write errors: asked after each batch, so
            // that an export the client left (a closed tab, a benchmark that read one row) stops there.
            search.forEachBatch(query.filter(), query.sort(), now, rows -> {
                csv.write(rows);
                return !out.checkError();
            });
        }
    }
}
