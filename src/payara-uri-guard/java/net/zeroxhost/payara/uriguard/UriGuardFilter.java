package net.zeroxhost.payara.uriguard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.zeroxhost.portal.platform.MalformedUrl;
import net.zeroxhost.portal.platform.SecurityHeaders;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.memory.Buffers;

/**
 * A Grizzly filter of the HTTP chain, between the HTTP codec and Grizzly's {@code HttpServerFilter}
 * (where Payara's {@code CoyoteAdapter} would decode the URI and fail): it answers a request whose
 * target is a {@link MalformedUrl} with a 400 that carries the portal's security headers, and
 * closes the connection; every other request goes on unchanged. Installed by {@link UriGuardFinder}.
 */
public class UriGuardFilter extends BaseFilter {

    /**
     * The headers of the refusal: the portal's own values (the policy is a constant of the portal,
     * compiled into this class, so the jar needs nothing of the WAR at run time).
     */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Cache-Control", "no-store");

    private static final byte[] BODY = "Bad Request: malformed URL\n".getBytes(StandardCharsets.US_ASCII);

    /** Set on a request once its target was checked: a request's body may come in more messages. */
    private static final String CHECKED = UriGuardFilter.class.getName() + ".checked";

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (!(ctx.getMessage() instanceof HttpContent content)
                || !(content.getHttpHeader() instanceof HttpRequestPacket request)
                || request.getAttribute(CHECKED) != null) {
            return ctx.getInvokeAction();
        }
        request.setAttribute(CHECKED, Boolean.TRUE);
        String raw = request.getRequestURIRef().getRequestURIBC().toString(StandardCharsets.ISO_8859_1);
        String query = request.getQueryStringDC().toString(StandardCharsets.ISO_8859_1);
        if (!MalformedUrl.isMalformed(query == null || query.isEmpty() ? raw : raw + "?" + query)) {
            return ctx.getInvokeAction();
        }
        HttpResponsePacket response = request.getResponse();
        response.setStatus(400);
        response.setReasonPhrase("Bad Request");
        response.setContentType("text/plain;charset=US-ASCII");
        HEADERS.forEach(response::setHeader);
        response.setHeader("Connection", "close");
        response.getProcessingState().setKeepAlive(false);
        response.setContentLength(BODY.length);
        Connection<?> connection = ctx.getConnection();
        ctx.write(HttpContent.builder(response)
                        .content(Buffers.wrap(ctx.getMemoryManager(), BODY))
                        .last(true)
                        .build(),
                new EmptyCompletionHandler<WriteResult>() {
                    @Override
                    public void completed(WriteResult result) {
                        connection.closeSilently();
                    }

                    @Override
                    public void failed(Throwable error) {
                        connection.closeSilently();
                    }
                });
        return ctx.getStopAction();
    }
}
