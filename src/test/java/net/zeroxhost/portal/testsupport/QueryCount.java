package net.zeroxhost.portal.testsupport;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments only: the queries EclipseLink runs for each HTTP request, so that a test can
 * see whether a page's cost grows with its rows (one query per row is the N+1 a lazy relation
 * hides). A listener on the persistence unit's session counts every query of the thread that is
 * serving a request; the filter files the list under the request's path and query string, and
 * {@code GET /test-support/queries?of=/admin/index?size=10} answers with one line per query.
 * Counted are queries, not SQL statements: one EclipseLink answers from the persistence context
 * would be counted and send none, so the figure is an upper bound, which is what a test of
 * growth needs.
 */
public final class QueryCount {

    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();
    private static final Map<String, List<String>> BY_REQUEST = new ConcurrentHashMap<>();
    private static volatile boolean listening;

    private QueryCount() {
    }

    /** The deployment with the count in it. */
    public static WebArchive addTo(WebArchive war) {
        return war.addClasses(QueryCount.class, Filter.class, Listener.class, Report.class, PortalHttp.class);
    }

    private static String key(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** Counts the queries of every request (except those of the answering servlet). */
    @WebFilter(urlPatterns = "/*")
    public static class Filter extends HttpFilter {

        @PersistenceUnit(unitName = "portal")
        private EntityManagerFactory factory;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            listen(factory);
            if (request.getRequestURI().endsWith("/test-support/queries")) {
                chain.doFilter(request, response);
                return;
            }
            List<String> queries = new ArrayList<>();
            CURRENT.set(queries);
            try {
                chain.doFilter(request, response);
            } finally {
                CURRENT.remove();
                BY_REQUEST.put(key(request), queries);
            }
        }

        private static synchronized void listen(EntityManagerFactory factory) {
            if (!listening) {
                // Sessions made from the server session later (one per transaction) copy its
                // listeners, so every request after this one is seen.
                factory.unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager()
                        .addListener(new Listener());
                listening = true;
            }
        }
    }

    /** Files each query under the request its thread is serving, if any. */
    static final class Listener extends SessionEventAdapter {

        @Override
        public void preExecuteQuery(SessionEvent event) {
            List<String> queries = CURRENT.get();
            if (queries != null) {
                queries.add(describe(event.getQuery()));
            }
        }

        private static String describe(DatabaseQuery query) {
            // One line each: the report is a query a line.
            String sql = query.getSQLString() == null ? null : query.getSQLString().replaceAll("\\s+", " ");
            return query.getClass().getSimpleName() + ": "
                    + (sql != null ? sql : query.getReferenceClassName() != null ? query.getReferenceClassName() : "?");
        }
    }

    /** The queries of the request given by {@code of} (path and query string), one per line. */
    @WebServlet("/test-support/queries")
    public static class Report extends HttpServlet {

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            List<String> queries = BY_REQUEST.get(request.getParameter("of"));
            if (queries == null) {
                response.sendError(404);
                return;
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(String.join("\n", queries));
        }
    }
}
