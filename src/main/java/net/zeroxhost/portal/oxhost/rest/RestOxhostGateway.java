package net.zeroxhost.portal.oxhost.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Exchange;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Failed;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Unknown;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.InvoiceRequest;
import net.zeroxhost.portal.oxhost.OxhostGateway;
import net.zeroxhost.portal.oxhost.wire.HttpAnswer;
import net.zeroxhost.portal.oxhost.wire.InvoiceAnswerReader;
import net.zeroxhost.portal.oxhost.wire.UntrustedText;

/**
 * The real 0xhost, over the server's Jakarta REST client. One client is built per gateway and
 * shared (it is thread-safe); the API key travels only in the {@code x-api-key} header.
 *
 * <p>Failures are sorted by whether 0xhost can have acted on the request: when the connection was
 * never made, nothing was created ({@code FAILED}); once the request may have been sent, an
 * unread answer means {@code UNKNOWN}.
 */
public final class RestOxhostGateway implements OxhostGateway, AutoCloseable {

    /**
     * Jersey's HttpURLConnection connector silently re-sends a POST whose answer failed unless the
     * body is streamed; fixed-length streaming keeps the single attempt single (it needs the
     * Content-Length header set here, which makes Jersey log a "restricted header" warning). The
     * price: in streaming mode the JDK drops the body of a 401 answer, so such an attempt is
     * FAILED with its status but without 0xhost's message. Other clients ignore the property, and
     * RESTEasy's Apache HTTP client (WildFly) refuses a Content-Length set by the caller, so the
     * header is set for Jersey only; RESTEasy does not re-send a POST either (InvoiceServiceIT).
     */
    private static final String JERSEY_FIXED_LENGTH_STREAMING = "jersey.config.client.httpUrlConnector.useFixedLengthStreaming";

    /**
     * A redirect is never followed: the POST re-sent elsewhere could create a second invoice, and
     * the x-api-key header would go with it to whatever host the Location names. Jersey follows
     * by default (only fixed-length streaming mode happens to stop the JDK from re-sending, and
     * then the 3xx body is lost); RESTEasy does not by default but honours its own property. Each
     * client ignores the other's property, so both are set; the 3xx itself is FAILED
     * (InvoiceAnswerReader).
     */
    private static final String JERSEY_FOLLOW_REDIRECTS = "jersey.config.client.followRedirects";
    private static final String RESTEASY_FOLLOW_REDIRECTS = "dev.resteasy.client.follow.redirects";

    private static final int MAX_ANSWER_BYTES = InvoiceAnswerReader.MAX_ANSWER_BYTES;

    /** Of an exception's message kept in a reason (the reason column holds 1000 characters). */
    private static final int MAX_EXCEPTION_MESSAGE = 200;

    private final URI invoiceUri;
    private final String apiKey;
    private final Client client;
    private final WebTarget invoiceTarget;
    private final boolean jersey;
    private final InvoiceAnswerReader reader;
    private final Duration exchangeDeadline;

    /** @param clock the portal's clock, against which an answer's {@code expired_at} is checked */
    public RestOxhostGateway(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout, Clock clock) {
        this.invoiceUri = URI.create(stripTrailingSlash(Objects.requireNonNull(baseUrl).toString()) + "/invoice");
        this.apiKey = Objects.requireNonNull(apiKey);
        this.client = ClientBuilder.newBuilder()
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .property(JERSEY_FIXED_LENGTH_STREAMING, true)
                .property(JERSEY_FOLLOW_REDIRECTS, false)
                .property(RESTEASY_FOLLOW_REDIRECTS, false)
                .build();
        this.invoiceTarget = client.target(invoiceUri);
        this.jersey = client.getClass().getName().startsWith("org.glassfish.jersey.");
        this.exchangeDeadline = connectTimeout.plus(readTimeout);
        this.reader = new InvoiceAnswerReader(clock);
    }

    @Override
    public String endpoint() {
        return "POST " + invoiceUri;
    }

    @Override
    public boolean sandbox() {
        return false;
    }

    @Override
    public Duration exchangeDeadline() {
        return exchangeDeadline;
    }

    @Override
    public InvoiceOutcome createInvoice(InvoiceRequest request) {
        byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
        int status;
        Invocation.Builder call = invoiceTarget.request(MediaType.APPLICATION_JSON_TYPE).header("x-api-key", apiKey);
        if (jersey) {
            call.header("Content-Length", body.length);
        }
        try (Response response = call.post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE))) {
            status = response.getStatus();
            if (status < 100) {
                // Not an HTTP answer at all (garbage on the socket): nothing trustworthy was read.
                return new Unknown("the answer was not HTTP", Exchange.NONE);
            }
            String location = status >= 300 && status <= 399 ? absolute(response.getHeaderString("Location")) : null;
            return reader.read(readBody(response, status, location));
        } catch (ProcessingException e) {
            return classify(e);
        }
    }

    /**
     * Reads the body as a stream, never more than {@link InvoiceAnswerReader#MAX_ANSWER_BYTES} (and
     * one byte to know there was more): {@code readEntity(String.class)} would take a body of any
     * size into memory. Whatever was not read is left to the response's close.
     */
    private static HttpAnswer readBody(Response response, int status, String location) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            InputStream in = response.readEntity(InputStream.class);
            if (in == null) {
                return HttpAnswer.of(status, location, body.toByteArray(), null);
            }
            byte[] buffer = new byte[8192];
            while (true) {
                int n = in.read(buffer, 0, Math.min(buffer.length, MAX_ANSWER_BYTES + 1 - body.size()));
                if (n < 0) {
                    return HttpAnswer.of(status, location, body.toByteArray(), null);
                }
                body.write(buffer, 0, n);
                if (body.size() > MAX_ANSWER_BYTES) {
                    return HttpAnswer.of(status, location, Arrays.copyOf(body.toByteArray(), MAX_ANSWER_BYTES),
                            "larger than " + MAX_ANSWER_BYTES + " bytes");
                }
            }
        } catch (ProcessingException | IllegalStateException | IOException e) {
            // The status arrived: it decides (a 2xx broken off is UNKNOWN, a 503 still FAILED).
            return HttpAnswer.of(status, location, body.size() == 0 ? null : body.toByteArray(),
                    "broken off: " + describe(e));
        }
    }

    private static InvoiceOutcome classify(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return new Failed("could not connect to 0xhost: " + describe(cause), null, Exchange.NONE);
            }
            if (cause instanceof SocketTimeoutException
                    && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
                return new Failed("timed out connecting to 0xhost", null, Exchange.NONE);
            }
            if (cause instanceof SocketTimeoutException) {
                return new Unknown("no answer from 0xhost within the read timeout", Exchange.NONE);
            }
        }
        return new Unknown("the connection failed after the request was sent: " + describe(e), Exchange.NONE);
    }

    /**
     * The root cause for the audit trail. Its message may quote what the server sent (a bad status
     * line, a header), so it is made storable like any other untrusted text.
     */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = UntrustedText.line(root.getMessage(), MAX_EXCEPTION_MESSAGE);
        return root.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    /** A Location header resolved against the request (a relative one names 0xhost's own host). */
    private String absolute(String location) {
        if (location == null) {
            return null;
        }
        try {
            return invoiceUri.resolve(location.strip()).toString();
        } catch (IllegalArgumentException e) {
            return location;
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "RestOxhostGateway[" + invoiceUri + "]";
    }
}
