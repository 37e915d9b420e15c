package net.zeroxhost.portal.oxhost.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Created;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Failed;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Unknown;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.InvoiceRequest;
import net.zeroxhost.portal.oxhost.OxhostInvoice;
import net.zeroxhost.portal.oxhost.SeedAnswer;
import net.zeroxhost.portal.oxhost.wire.InvoiceAnswerReader;
import net.zeroxhost.portal.testsupport.LogCapture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RestOxhostGatewayTest {

    private static final String API_KEY = "test-key-123";
    private static final String USER_ID = "user12345-6789-0123-4567-890123456789";
    private static final String SERVER_ID = "server12345-6789-0123-4567-890123456789";
    private static final InvoiceRequest REQUEST = new InvoiceRequest(USER_ID, SERVER_ID);
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(1000);
    private static final Duration READ_TIMEOUT = Duration.ofMillis(1500);

    private static WireMockServer oxhost;

    private RestOxhostGateway gateway;

    @BeforeAll
    static void startOxhost() {
        oxhost = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        oxhost.start();
    }

    @AfterAll
    static void stopOxhost() {
        oxhost.stop();
    }

    @BeforeEach
    void freshGateway() {
        oxhost.resetAll();
        gateway = gatewayAt(URI.create("http://127.0.0.1:" + oxhost.port() + "/API"));
    }

    @AfterEach
    void closeGateway() {
        gateway.close();
    }

    private static RestOxhostGateway gatewayAt(URI baseUrl) {
        return new RestOxhostGateway(baseUrl, API_KEY, CONNECT_TIMEOUT, READ_TIMEOUT, CONNECT_TIMEOUT.plus(READ_TIMEOUT),
                SeedAnswer.clock());
    }

    private static String seedAnswer() {
        return SeedAnswer.text();
    }

    private static void answer(ResponseDefinitionBuilder response) {
        oxhost.stubFor(post(urlEqualTo("/API/invoice")).willReturn(response));
    }

    /** Exactly one request reached 0xhost: the gateway never re-sends a POST. */
    private static void assertSingleRequestReceived() {
        oxhost.verify(1, postRequestedFor(urlEqualTo("/API/invoice")));
        assertThat(oxhost.getAllServeEvents()).hasSize(1);
    }

    private static void assertKeyNotIn(InvoiceOutcome outcome) {
        if (outcome instanceof Failed failed) {
            assertThat(failed.reason()).doesNotContain(API_KEY);
        } else if (outcome instanceof Unknown unknown) {
            assertThat(unknown.reason()).doesNotContain(API_KEY);
        }
    }

    @Test
    void theDocumentedAnswerCreatesTheInvoiceExactly() {
        answer(okJson(seedAnswer()));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        SeedAnswer.assertCreatedExactly(outcome);
    }

    @Test
    void sendsOnePostWithTheKeyHeaderAndTheJsonBody() {
        answer(okJson(seedAnswer()));

        gateway.createInvoice(REQUEST);

        oxhost.verify(1, postRequestedFor(urlEqualTo("/API/invoice"))
                .withHeader("x-api-key", equalTo(API_KEY))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"user_id\": \"" + USER_ID + "\", \"server_id\": \"" + SERVER_ID + "\"}")));
        assertThat(oxhost.getAllServeEvents()).hasSize(1);
    }

    /**
     * Jersey warns about the Content-Length the gateway sets on purpose on every call; the gateway
     * drops that warning on its own threads only (the same warning from elsewhere still shows).
     */
    @Test
    void logsNoRestrictedHeaderWarningPerCallButLeavesOthersTheirs() {
        answer(okJson(seedAnswer()));
        Logger connector = Logger.getLogger(RestrictedHeaderNotice.LOGGER);
        try (LogCapture capture = LogCapture.of(connector.getName())) {
            SeedAnswer.assertCreatedExactly(gateway.createInvoice(REQUEST));
            connector.warning("Attempt to send restricted header(s) while the [sun.net.http.allowRestrictedHeaders]"
                    + " system property not set. Header(s) will possibly be ignored.");

            assertThat(capture.records()).singleElement()
                    .satisfies(record -> assertThat(record.getMessage()).contains("allowRestrictedHeaders"));
        }
        assertThat(connector.getFilter()).isNotNull();
        gateway.close();
        assertThat(connector.getFilter()).isNull();
    }

    @Test
    void successFalseIsAFailureWithTheMessageOf0xhost() {
        answer(okJson("{\"success\": false, \"message\": \"Invalid user\", \"data\": []}"));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Failed.class);
        Failed failed = (Failed) outcome;
        assertThat(failed.oxhostMessage()).isEqualTo("Invalid user");
        assertThat(failed.reason()).contains("success:false");
        assertThat(failed.exchange().httpStatus()).isEqualTo(200);
        assertKeyNotIn(outcome);
    }

    /**
     * In streaming mode (the price of never re-sending the POST) HttpURLConnection drops the body of
     * a 401 before Jersey can read it, so only the status is asserted here; see the 403 test.
     */
    @Test
    void http401IsAFailure() {
        answer(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"success\": false, \"message\": \"Invalid API key\"}"));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Failed.class);
        assertThat(((Failed) outcome).reason()).startsWith("HTTP 401");
        assertThat(outcome.exchange().httpStatus()).isEqualTo(401);
        assertSingleRequestReceived();
        assertKeyNotIn(outcome);
    }

    @Test
    void http403IsAFailureWithTheMessageOf0xhost() {
        answer(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"success\": false, \"message\": \"Invalid API key\"}"));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Failed.class);
        assertThat(((Failed) outcome).reason()).isEqualTo("HTTP 403");
        assertThat(((Failed) outcome).oxhostMessage()).isEqualTo("Invalid API key");
        assertThat(outcome.exchange().httpStatus()).isEqualTo(403);
    }

    @Test
    void http500IsUnknownBecause0xhostMayHaveWrittenTheInvoiceFirst() {
        answer(aResponse().withStatus(500).withBody("Internal Server Error"));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(((Unknown) outcome).reason()).isEqualTo("HTTP 500");
        assertThat(outcome.exchange().httpStatus()).isEqualTo(500);
        assertThat(outcome.exchange().body()).isEqualTo("Internal Server Error");
        assertSingleRequestReceived();
    }

    enum Body {
        JSON("application/json", "{\"success\": false, \"message\": \"Nope\", \"data\": []}"),
        HTML("text/html", "<html><body><h1>Error</h1></body></html>"),
        EMPTY(null, "");

        final String contentType;
        final String text;

        Body(String contentType, String text) {
            this.contentType = contentType;
            this.text = text;
        }

        ResponseDefinitionBuilder withStatus(int status) {
            ResponseDefinitionBuilder response = aResponse().withStatus(status).withBody(text);
            return contentType == null ? response : response.withHeader("Content-Type", contentType);
        }
    }

    static Stream<Arguments> statusesAndBodies() {
        return IntStream.of(400, 401, 403, 404, 429, 503, 500, 502, 504).boxed()
                .flatMap(status -> Arrays.stream(Body.values()).map(body -> Arguments.of(status, body)));
    }

    /**
     * The table of docs/oxhost-api.md over a real connection: 502 and 504 (a proxy whose upstream
     * failed after it may have passed the request on) and 500 are UNKNOWN, the refusals FAILED.
     */
    @ParameterizedTest(name = "HTTP {0} with a {1} body")
    @MethodSource("statusesAndBodies")
    void theStatusDecidesWhateverTheBody(int status, Body body) {
        answer(body.withStatus(status));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        Class<?> expected = status == 500 || status == 502 || status == 504 ? Unknown.class : Failed.class;
        assertThat(outcome).isInstanceOf(expected);
        assertThat(outcome.exchange().httpStatus()).isEqualTo(status);
        if (outcome instanceof Failed failed) {
            assertThat(failed.reason()).isEqualTo("HTTP " + status);
        } else {
            assertThat(((Unknown) outcome).reason()).isEqualTo("HTTP " + status);
        }
        assertSingleRequestReceived();
        assertKeyNotIn(outcome);
    }

    /**
     * A redirect is never followed: the Location's host gets neither a second POST nor the key,
     * and the attempt is FAILED naming only that host.
     */
    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void aRedirectIsNeverFollowedAndIsFailed(int status) {
        String elsewhere = "/elsewhere/invoice";
        answer(aResponse().withStatus(status)
                .withHeader("Location", "http://localhost:" + oxhost.port() + elsewhere + "?steal=1")
                .withBody("Moved"));
        oxhost.stubFor(any(urlPathEqualTo(elsewhere)).willReturn(okJson(seedAnswer())));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Failed.class);
        assertThat(((Failed) outcome).reason()).isEqualTo("0xhost redirected to localhost");
        assertThat(outcome.exchange().httpStatus()).isEqualTo(status);
        assertThat(outcome.exchange().body()).isEqualTo("Moved");
        assertSingleRequestReceived();
        oxhost.verify(0, anyRequestedFor(urlPathEqualTo(elsewhere)));
        assertKeyNotIn(outcome);
    }

    @Test
    void aRelativeRedirectNames0xhostsOwnHost() {
        answer(aResponse().withStatus(302).withHeader("Location", "/API/v2/invoice"));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(((Failed) outcome).reason()).isEqualTo("0xhost redirected to 127.0.0.1");
        assertSingleRequestReceived();
    }

    @Test
    void bytesThatAreNotUtf8AndRawControlBytesNeverReachAFieldOrTheKeptBody() {
        byte[] body = seedAnswer().replace("Ethereum Network", "Ethereum Network\u00ff").getBytes(StandardCharsets.ISO_8859_1);
        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(((Unknown) outcome).reason()).contains("network");
        assertThat(outcome.exchange().body()).contains("Ethereum Network\uFFFD");

        oxhost.resetAll();
        answer(aResponse().withStatus(500).withBody(new byte[] {'a', 0, 'b', 7, '\n', (byte) 0xc3}));

        InvoiceOutcome broken = gateway.createInvoice(REQUEST);

        assertThat(broken.exchange().body()).isEqualTo("a\uFFFDb\uFFFD\n\uFFFD");
    }

    @Test
    void anAnswerThatExpiredBeforeItArrivedIsUnknown() {
        answer(okJson(seedAnswer()));
        Clock afterExpiry = Clock.fixed(Instant.ofEpochSecond(1764105348 + 1), ZoneOffset.UTC);
        try (RestOxhostGateway late = new RestOxhostGateway(URI.create("http://127.0.0.1:" + oxhost.port() + "/API"),
                API_KEY, CONNECT_TIMEOUT, READ_TIMEOUT, CONNECT_TIMEOUT.plus(READ_TIMEOUT), afterExpiry)) {

            InvoiceOutcome outcome = late.createInvoice(REQUEST);

            assertThat(outcome).isInstanceOf(Unknown.class);
            assertThat(((Unknown) outcome).reason()).endsWith("expired_at in the past");
        }
    }

    private static final int TEN_MB = 10 * 1024 * 1024;

    private static byte[] tenMegabytesOf(String start) {
        byte[] body = new byte[TEN_MB];
        Arrays.fill(body, (byte) ' ');
        byte[] head = start.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, body, 0, head.length);
        return body;
    }

    /** 0xhost said something about the request but far too much of it: it may have created the invoice. */
    @Test
    void aHugeSuccessAnswerIsCutAtTheCapAndUnknown() {
        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(tenMegabytesOf(seedAnswer())));

        InvoiceOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> gateway.createInvoice(REQUEST));

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(((Unknown) outcome).reason()).isEqualTo("HTTP 200 answer larger than 65536 bytes");
        assertThat(outcome.exchange().body()).startsWith(seedAnswer()).hasSize(InvoiceAnswerReader.MAX_KEPT_BODY);
        assertSingleRequestReceived();
    }

    @Test
    void aHugeErrorAnswerIsCutAndClassifiedByItsStatus() {
        answer(aResponse().withStatus(503).withHeader("Content-Type", "text/html").withBody(tenMegabytesOf("<html>")));

        InvoiceOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> gateway.createInvoice(REQUEST));

        assertThat(outcome).isInstanceOf(Failed.class);
        assertThat(((Failed) outcome).reason()).isEqualTo("HTTP 503 (answer larger than 65536 bytes)");
    }

    @Test
    void aHugeChunkedAnswerIsCutToo() {
        answer(aResponse().withStatus(500).withBody(tenMegabytesOf("<html>")).withChunkedDribbleDelay(10, 100));

        InvoiceOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> gateway.createInvoice(REQUEST));

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(((Unknown) outcome).reason()).isEqualTo("HTTP 500 (answer larger than 65536 bytes)");
    }

    @Test
    void anAnswerOfExactlyTheCapIsReadWhole() {
        String seed = seedAnswer();
        byte[] body = Arrays.copyOf(seed.getBytes(StandardCharsets.UTF_8), InvoiceAnswerReader.MAX_ANSWER_BYTES);
        Arrays.fill(body, seed.length(), body.length, (byte) ' ');
        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Created.class);
        assertThat(((Created) outcome).invoice().trackId()).isEqualTo("110816020");
        assertThat(outcome.exchange().body()).startsWith(seed);
    }

    @Test
    void anHtmlPageWithStatus200IsUnknown() {
        answer(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Maintenance</body></html>"));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(((Unknown) outcome).reason()).contains("not a JSON object");
        assertThat(outcome.exchange().body()).isEqualTo("<html><body>Maintenance</body></html>");
    }

    @Test
    void anEmptyBodyWithStatus200IsUnknown() {
        answer(aResponse().withStatus(200));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(((Unknown) outcome).reason()).contains("empty body");
        assertThat(outcome.exchange().httpStatus()).isEqualTo(200);
    }

    @Test
    void successWithoutAnAddressIsUnknownBecause0xhostSaysItCreatedTheInvoice() {
        answer(okJson(seedAnswer().replace("\"address\": \"0x7717324E33798466298275C82711084B452A8179\",", "")));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(((Unknown) outcome).reason()).contains("address");
        assertSingleRequestReceived();
    }

    @Test
    void successWithAnAbsurdAmountIsUnknownAndCheap() {
        answer(okJson(seedAnswer().replace("0.0358619204", "1E+999999999")));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(((Unknown) outcome).reason()).contains("pay_amount");
    }

    @Test
    void aNulInTheAnswerNeverReachesTheKeptBody() {
        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(seedAnswer().replace("Ethereum Network", "Ethereum\u0000Network")));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(outcome.exchange().body()).doesNotContain("\u0000").contains("Ethereum\uFFFDNetwork");
    }

    @Test
    void aRefusedConnectionIsAFailureBecauseNothingWasSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (RestOxhostGateway nowhere = gatewayAt(URI.create("http://127.0.0.1:" + closedPort + "/API"))) {

            InvoiceOutcome outcome = nowhere.createInvoice(REQUEST);

            assertThat(outcome).isInstanceOf(Failed.class);
            assertThat(((Failed) outcome).reason()).startsWith("could not connect");
            assertThat(outcome.exchange()).isEqualTo(InvoiceOutcome.Exchange.NONE);
            assertKeyNotIn(outcome);
        }
    }

    @Test
    void noAnswerWithinTheReadTimeoutIsUnknownAndNotRetried() {
        answer(okJson(seedAnswer()).withFixedDelay((int) READ_TIMEOUT.toMillis() + 2_000));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(((Unknown) outcome).reason()).contains("read timeout");
        assertThat(outcome.exchange()).isEqualTo(InvoiceOutcome.Exchange.NONE);
        assertSingleRequestReceived();
        assertKeyNotIn(outcome);
    }

    /** WireMock applies each fault after reading the whole request: 0xhost may have acted on it. */
    @ParameterizedTest
    @EnumSource(value = Fault.class,
            names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
    void aBrokenAnswerAfterTheRequestWasSentIsUnknownAndNotRetried(Fault fault) {
        answer(aResponse().withFault(fault));

        InvoiceOutcome outcome = gateway.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(((Unknown) outcome).reason()).isNotBlank();
        assertSingleRequestReceived();
        assertKeyNotIn(outcome);
    }

    /** A gateway whose whole exchange may take only {@code deadline}, with a long read timeout. */
    private static RestOxhostGateway gatewayWithDeadline(Duration deadline) {
        return new RestOxhostGateway(URI.create("http://127.0.0.1:" + oxhost.port() + "/API"), API_KEY,
                CONNECT_TIMEOUT, Duration.ofSeconds(10), deadline, SeedAnswer.clock());
    }

    private static final Duration SHORT_DEADLINE = Duration.ofMillis(1500);
    /** What the deadline may be overrun by: scheduling, not another read timeout. */
    private static final Duration SLACK = Duration.ofMillis(1000);

    /**
     * Every chunk arrives well within the read timeout, so only the deadline can stop an answer
     * that trickles for 20 seconds: the caller has its outcome at the deadline.
     */
    @Test
    void aTricklingSuccessAnswerEndsAsUnknownAtTheDeadline() {
        answer(okJson(seedAnswer()).withChunkedDribbleDelay(40, 20_000));
        try (RestOxhostGateway deadlined = gatewayWithDeadline(SHORT_DEADLINE)) {
            long start = System.nanoTime();

            InvoiceOutcome outcome = deadlined.createInvoice(REQUEST);

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isGreaterThanOrEqualTo(SHORT_DEADLINE).isLessThan(SHORT_DEADLINE.plus(SLACK));
            assertThat(outcome).isInstanceOf(Unknown.class);
            assertThat(((Unknown) outcome).reason())
                    .isEqualTo("HTTP 200 answer not complete within the exchange deadline of 1500 ms");
            assertThat(outcome.exchange().httpStatus()).isEqualTo(200);
            assertThat(deadlined.exchangeDeadline()).isEqualTo(SHORT_DEADLINE);
        }
        assertSingleRequestReceived();
    }

    @Test
    void aTricklingRefusalEndsAtTheDeadlineKeepingItsStatusClass() {
        answer(aResponse().withStatus(503).withBody("x".repeat(2000)).withChunkedDribbleDelay(40, 20_000));
        try (RestOxhostGateway deadlined = gatewayWithDeadline(SHORT_DEADLINE)) {
            long start = System.nanoTime();

            InvoiceOutcome outcome = deadlined.createInvoice(REQUEST);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SHORT_DEADLINE.plus(SLACK));
            assertThat(outcome).isInstanceOf(Failed.class);
            assertThat(((Failed) outcome).reason())
                    .isEqualTo("HTTP 503 (answer not complete within the exchange deadline of 1500 ms)");
        }
    }

    /** Headers that never come: the deadline, not the (longer) read timeout, ends the wait. */
    @Test
    void noAnswerWithinTheDeadlineIsUnknownEvenBeforeTheReadTimeout() {
        answer(okJson(seedAnswer()).withFixedDelay(5_000));
        try (RestOxhostGateway deadlined = gatewayWithDeadline(SHORT_DEADLINE)) {
            long start = System.nanoTime();

            InvoiceOutcome outcome = deadlined.createInvoice(REQUEST);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SHORT_DEADLINE.plus(SLACK));
            assertThat(outcome).isInstanceOf(Unknown.class);
            assertThat(((Unknown) outcome).reason())
                    .isEqualTo("no answer from 0xhost: not complete within the exchange deadline of 1500 ms");
            assertThat(outcome.exchange()).isEqualTo(InvoiceOutcome.Exchange.NONE);
        }
        assertSingleRequestReceived();
    }

    @Test
    void anAnswerWithinTheDeadlineIsReadAsUsual() {
        answer(okJson(seedAnswer()).withChunkedDribbleDelay(5, 500));
        try (RestOxhostGateway deadlined = gatewayWithDeadline(SHORT_DEADLINE)) {

            SeedAnswer.assertCreatedExactly(deadlined.createInvoice(REQUEST));
        }
    }

    @Test
    void aClosedGatewaySendsNothing() {
        answer(okJson(seedAnswer()));
        RestOxhostGateway closed = gatewayAt(URI.create("http://127.0.0.1:" + oxhost.port() + "/API"));
        closed.close();

        InvoiceOutcome outcome = closed.createInvoice(REQUEST);

        assertThat(outcome).isInstanceOf(Failed.class);
        assertThat(((Failed) outcome).reason()).isEqualTo("the 0xhost gateway is closed; this one was not sent");
        oxhost.verify(0, anyRequestedFor(urlPathEqualTo("/API/invoice")));
    }

    @Test
    void theKeyIsNeverShownInTheEndpointOrToString() {
        assertThat(gateway.endpoint()).isEqualTo("POST http://127.0.0.1:" + oxhost.port() + "/API/invoice")
                .doesNotContain(API_KEY);
        assertThat(gateway.toString()).doesNotContain(API_KEY);
    }

    @Test
    void aTrailingSlashOnTheBaseUrlIsTolerated() {
        answer(okJson(seedAnswer()));
        try (RestOxhostGateway slashed = gatewayAt(URI.create("http://127.0.0.1:" + oxhost.port() + "/API/"))) {

            assertThat(slashed.createInvoice(REQUEST)).isInstanceOf(Created.class);
        }
        assertSingleRequestReceived();
    }
}
