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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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
 *
 * <p>The whole exchange has a hard deadline ({@link #exchangeDeadline()}). The client's connect and
 * read timeouts cannot give one: the read timeout bounds each read, so an answer trickling a byte
 * every few seconds would hold the caller for as long as 0xhost likes, and Jakarta REST has no
 * portable way to time out or abort a whole call (Jersey's and RESTEasy's async invokers differ in
 * what cancelling does). So each exchange runs on a thread of this gateway's own small pool and the
 * caller waits for it no longer than the deadline; the exchange itself checks the deadline between
 * reads, so it ends at most one read timeout later. This works the same with any Jakarta REST
 * client (Jersey on Payara, RESTEasy on WildFly): it uses only the standard client API, which is
 * thread-safe and needs no container context (no transaction, security or CDI context is involved
 * in sending a request). A container-managed executor would not bound these exchanges on their own
 * and would tie the gateway, which tests build directly, to a container.
 */
public final class RestOxhostGateway implements OxhostGateway, AutoCloseable {

    /**
     * Jersey's HttpURLConnection connector silently re-sends a POST whose answer failed unless the
     * body is streamed; fixed-length streaming keeps the single attempt single (it needs the
     * Content-Length header set here, which makes Jersey log a "restricted header" warning on
     * every call: {@link RestrictedHeaderNotice} drops it on this gateway's threads). The
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

    private static final String API_KEY_HEADER = "x-api-key";
    /** Stands for the key wherever a request is shown: its length is not told either. */
    public static final String MASKED_KEY = "********";

    private static final int MAX_ANSWER_BYTES = InvoiceAnswerReader.MAX_ANSWER_BYTES;

    /**
     * At most this many exchanges run at once; the next is refused before it is sent (FAILED, so
     * the customer may try again). Far above the portal's traffic, low enough that a 0xhost that
     * hangs every connection cannot pile up threads.
     */
    static final int MAX_EXCHANGES = 32;

    /** Of an exception's message kept in a reason (the reason column holds 1000 characters). */
    private static final int MAX_EXCEPTION_MESSAGE = 200;

    /** The names of the exchange threads, by which {@link RestrictedHeaderNotice} knows them. */
    private static final String EXCHANGE_THREAD = "0xhost-exchange-";

    private final URI invoiceUri;
    private final String apiKey;
    private final Client client;
    private final WebTarget invoiceTarget;
    private final boolean jersey;
    private final InvoiceAnswerReader reader;
    private final Duration exchangeDeadline;
    private final ThreadPoolExecutor exchanges;
    private final KeyMasking keyMasking;
    private final RestrictedHeaderNotice restrictedHeaderNotice;

    /**
     * @param connectTimeout   for the TCP (and TLS) connection; a connection not made is FAILED
     * @param readTimeout      for each read of the answer; a read that times out is UNKNOWN
     * @param exchangeDeadline for the whole call, connection to the last byte; past it, UNKNOWN
     * @param clock            the portal's clock, against which an answer's {@code expired_at} is checked
     */
    public RestOxhostGateway(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout,
                             Duration exchangeDeadline, Clock clock) {
        if (exchangeDeadline.isNegative() || exchangeDeadline.isZero()) {
            throw new IllegalArgumentException("the exchange deadline must be positive: " + exchangeDeadline);
        }
        this.invoiceUri = URI.create(stripTrailingSlash(Objects.requireNonNull(baseUrl).toString()) + "/invoice");
        this.apiKey = Objects.requireNonNull(apiKey);
        this.keyMasking = KeyMasking.install(apiKey);
        this.restrictedHeaderNotice = RestrictedHeaderNotice.install(RestOxhostGateway::isExchangeThread);
        this.client = ClientBuilder.newBuilder()
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .property(JERSEY_FIXED_LENGTH_STREAMING, true)
                .property(JERSEY_FOLLOW_REDIRECTS, false)
                .property(RESTEASY_FOLLOW_REDIRECTS, false)
                .build();
        this.invoiceTarget = client.target(invoiceUri);
        this.jersey = client.getClass().getName().startsWith("org.glassfish.jersey.");
        this.exchangeDeadline = exchangeDeadline;
        this.reader = new InvoiceAnswerReader(clock);
        this.exchanges = new ThreadPoolExecutor(0, MAX_EXCHANGES, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                exchangeThreads(Thread.currentThread().getContextClassLoader()));
    }

    /**
     * Daemon threads that carry the context class loader of the application that built the
     * gateway, so that a client looking up providers lazily finds the same ones as on the
     * caller's thread.
     */
    static boolean isExchangeThread(Thread thread) {
        return thread.getName().startsWith(EXCHANGE_THREAD);
    }

    private static ThreadFactory exchangeThreads(ClassLoader loader) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, EXCHANGE_THREAD + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        };
    }

    @Override
    public String endpoint() {
        return "POST " + invoiceUri;
    }

    /** What {@link #exchange} sends besides the body, as the audit trail shows it. */
    @Override
    public String requestHeaders() {
        String headers = "Accept: application/json\nContent-Type: application/json\n"
                + API_KEY_HEADER + ": " + MASKED_KEY;
        return jersey ? headers + "\nContent-Length: (the body's length)" : headers;
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
        Call call = new Call(System.nanoTime() + exchangeDeadline.toNanos());
        try {
            exchanges.execute(() -> exchange(request, call));
        } catch (RejectedExecutionException e) {
            String why = exchanges.isShutdown() ? "the 0xhost gateway is closed"
                    : "too many calls to 0xhost under way (" + MAX_EXCHANGES + ")";
            return new Failed(why + "; this one was not sent", null, Exchange.NONE);
        }
        try {
            return call.outcome.get(exchangeDeadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return call.outcome.isDone() ? call.outcome.getNow(null)
                    : late(call, "not complete within the exchange deadline of " + exchangeDeadline.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return late(call, "not waited for: the portal's thread was interrupted");
        } catch (ExecutionException e) {
            // A bug of ours or of the client; the request may have left.
            return new Unknown("the call to 0xhost failed unexpectedly: " + describe(e.getCause()), Exchange.NONE);
        }
    }

    /**
     * The outcome for a caller that stopped waiting: by the status when it had arrived (a 2xx is
     * UNKNOWN, a 503 still FAILED), else UNKNOWN, since the request may have reached 0xhost. The
     * exchange goes on in its thread until its next read returns, and its outcome is dropped.
     */
    private InvoiceOutcome late(Call call, String why) {
        if (call.status == 0) {
            return new Unknown("no answer from 0xhost: " + why, Exchange.NONE);
        }
        return reader.read(new HttpAnswer(call.status, call.location, null, why));
    }

    /** One exchange as its caller and its thread share it. */
    private static final class Call {

        final long deadline;
        final CompletableFuture<InvoiceOutcome> outcome = new CompletableFuture<>();
        /** The status once it arrived, else 0. */
        volatile int status;
        volatile String location;

        Call(long deadline) {
            this.deadline = deadline;
        }

        boolean pastDeadline() {
            return System.nanoTime() - deadline >= 0;
        }
    }

    /** Runs on an exchange thread: sends the request once and completes the call's outcome. */
    private void exchange(InvoiceRequest request, Call call) {
        try {
            byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
            Invocation.Builder invocation = invoiceTarget.request(MediaType.APPLICATION_JSON_TYPE)
                    .header(API_KEY_HEADER, apiKey);
            if (jersey) {
                invocation.header("Content-Length", body.length);
            }
            try (Response response = invocation.post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE))) {
                int status = response.getStatus();
                if (status < 100) {
                    // Not an HTTP answer at all (garbage on the socket): nothing trustworthy was read.
                    call.outcome.complete(new Unknown("the answer was not HTTP", Exchange.NONE));
                    return;
                }
                String location = status >= 300 && status <= 399 ? absolute(response.getHeaderString("Location")) : null;
                call.location = location;
                call.status = status;
                // Completed before the response is closed: closing may take long (RESTEasy's Apache
                // client reads the rest of an unread body to reuse the connection).
                call.outcome.complete(reader.read(readBody(response, status, location, call)));
            }
        } catch (ProcessingException e) {
            call.outcome.complete(classify(e));
        } catch (RuntimeException | Error e) {
            call.outcome.completeExceptionally(e);
        }
    }

    /**
     * Reads the body as a stream, never more than {@link InvoiceAnswerReader#MAX_ANSWER_BYTES} (and
     * one byte to know there was more) and never past the call's deadline:
     * {@code readEntity(String.class)} would take a body of any size and duration. Whatever was
     * not read is left to the response's close.
     */
    private HttpAnswer readBody(Response response, int status, String location, Call call) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            InputStream in = response.readEntity(InputStream.class);
            if (in == null) {
                return HttpAnswer.of(status, location, body.toByteArray(), null);
            }
            byte[] buffer = new byte[8192];
            while (true) {
                if (call.pastDeadline()) {
                    return HttpAnswer.of(status, location, body.toByteArray(),
                            "not complete within the exchange deadline of " + exchangeDeadline.toMillis() + " ms");
                }
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
        exchanges.shutdownNow();
        client.close();
        keyMasking.close();
        restrictedHeaderNotice.close();
    }

    @Override
    public String toString() {
        return "RestOxhostGateway[" + invoiceUri + "]";
    }
}
