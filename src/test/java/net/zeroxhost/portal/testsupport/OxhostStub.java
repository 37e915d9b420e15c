package net.zeroxhost.portal.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import net.zeroxhost.portal.demo.DemoPlans;

/**
 * A stand-in for 0xhost on a fixed loopback port, for the portal under test (failsafe points the
 * server's OXHOST_BASE_URL at it). Runs in the test JVM only, for the whole failsafe session
 * ({@link TestServicesSession}), so no test class deployed into the server touches WireMock. Answers are chosen by the
 * {@code server_id} sent, so each test picks its scenario through the plan it buys; requests with
 * a wrong key or body shape match nothing and get WireMock's 404. The fault matrix's answers are
 * defined in {@link FaultRows}, one mapping per row for the server id {@code fault-<row>}.
 */
public final class OxhostStub {

    /** The test key, defined once in the pom (it.oxhost.api-key), which also hands it to the server. */
    public static final String API_KEY = System.getProperty("it.oxhost.api-key", "it-secret-key-7f3a");
    /** The address every successful stub invoice pays to. */
    public static final String ADDRESS = "0x7717324E33798466298275C82711084B452A8179";
    public static final String PAY_AMOUNT = "0.0358619204";

    /** A server id with this start gets a garbled answer (an UNKNOWN attempt), like srv-garbage. */
    public static final String GARBAGE_SERVER_PREFIX = "badf00d0-";

    /** How soon the invoices of the "expired" scenario expire; tests wait this long for them. */
    public static final int EXPIRES_SOON_SECONDS = 5;

    /** How long the "hang" scenario's answers take: far past the read timeout the tests configure. */
    public static final int HANG_MILLIS = 15_000;

    private static WireMockServer server;

    private OxhostStub() {
    }

    public static synchronized void start() {
        if (server != null) {
            return;
        }
        // WireMock serves 10 requests at once by default; the outage tests hold 20 in a hang and
        // count them in the journal, which records a request only once a thread takes it.
        server = new WireMockServer(options().bindAddress("127.0.0.1").containerThreads(100)
                .port(Integer.getInteger("it.oxhost.port", 18089)));
        server.start();
        server.stubFor(invoiceFor("[^\"]*").atPriority(10).willReturn(success()));
        server.stubFor(invoiceFor("srv-false").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":false,\"message\":\"<b>Server sold out</b>\",\"data\":[]}")));
        server.stubFor(invoiceFor("srv-500").willReturn(aResponse().withStatus(500).withBody("upstream exploded")));
        server.stubFor(invoiceFor("srv-503").willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                .withBody("<html>down for maintenance</html>")));
        // Also for ids in 0xhost's shape, which a plan made on the admin page must have.
        server.stubFor(invoiceFor("srv-garbage|" + GARBAGE_SERVER_PREFIX + ".*")
                .willReturn(aResponse().withStatus(200).withBody("<html>not json")));
        server.stubFor(invoiceFor("srv-incomplete").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":true,\"message\":\"ok\",\"data\":{\"track_id\":\"1\",\"amount\":1,\"currency\":\"EUR\"}}")));
        // Invoices for the demo "Power" plan expire moments after they are created, so the journey
        // can see that page (one that arrives already expired is refused by the portal as UNKNOWN).
        server.stubFor(invoiceFor("srv-expired-.*|" + DemoPlans.POWER_SERVER_ID).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withTransformers("response-template")
                .withBody(successBody("{{now offset='" + EXPIRES_SOON_SECONDS + " seconds' format='unix'}}"))));
        server.stubFor(invoiceFor("srv-slow").willReturn(success().withFixedDelay(6_000)));
        // 0xhost hanging: no answer within the read timeout the tests give the portal (3 s).
        server.stubFor(invoiceFor("srv-hang-.*").willReturn(success().withFixedDelay(HANG_MILLIS)));
        server.stubFor(invoiceFor("srv-reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        for (FaultRows.Row row : FaultRows.all()) {
            if (!(row.answer() instanceof FaultRows.Unreachable)) {
                server.stubFor(post(urlEqualTo("/API/invoice"))
                        .withHeader("x-api-key", equalTo(API_KEY))
                        .withRequestBody(matchingJsonPath("$.server_id", equalTo(row.serverId())))
                        .willReturn(response(row.answer())));
            }
        }
    }

    /** The WireMock answer of a fault row. */
    private static ResponseDefinitionBuilder response(FaultRows.Answer answer) {
        if (answer instanceof FaultRows.Broken broken) {
            return aResponse().withFault(Fault.valueOf(broken.fault()));
        }
        FaultRows.Http http = (FaultRows.Http) answer;
        ResponseDefinitionBuilder response = aResponse().withStatus(http.status());
        http.headers().forEach(response::withHeader);
        byte[] body = http.body();
        if (http.padTo() > body.length) {
            body = Arrays.copyOf(body, http.padTo());
            Arrays.fill(body, http.body().length, body.length, (byte) ' ');
        }
        if (http.templated()) {
            response.withTransformers("response-template").withBody(new String(body, StandardCharsets.UTF_8));
        } else if (body.length > 0) {
            response.withBody(body);
        }
        if (http.delayMs() > 0) {
            response.withFixedDelay(http.delayMs());
        }
        if (http.dribble() > 0) {
            response.withChunkedDribbleDelay(http.dribble(), http.dribbleMs());
        }
        return response;
    }

    /**
     * Makes every invoice request hang for a minute, longer than the portal waits by default,
     * whatever its server id, until called with false: an outage for a benchmark.
     */
    public static synchronized void hangEverything(boolean hang) {
        if (hang) {
            server.stubFor(invoiceFor("[^\"]*").atPriority(1).withMetadata(Map.of("outage", true))
                    .willReturn(success().withFixedDelay(60_000)));
        } else {
            server.removeStubsByMetadata(matchingJsonPath("$.outage"));
        }
    }

    /** How many invoice requests the stand-in received since it started. */
    public static synchronized int invoiceRequests() {
        return server.countRequestsMatching(post(urlEqualTo("/API/invoice")).build().getRequest()).getCount();
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** An invoice request as the portal sends it, with the test key, for servers matching the pattern. */
    public static MappingBuilder invoiceFor(String serverIdPattern) {
        return post(urlEqualTo("/API/invoice"))
                .withHeader("x-api-key", equalTo(API_KEY))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(matchingJsonPath("$.user_id"))
                .withRequestBody(matchingJsonPath("$.server_id", matching(serverIdPattern)));
    }

    /** The documented success answer: a fresh invoice, payable for 90 minutes. */
    public static ResponseDefinitionBuilder success() {
        return aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withTransformers("response-template")
                .withBody(successBody("{{now offset='90 minutes' format='unix'}}"));
    }

    /** The documented success answer with fresh ids, expiring at the given (templated) time. */
    private static String successBody(String expiredAt) {
        return """
                        {"success": true,
                         "transaction": {"id": "{{randomValue type='UUID'}}", "success": true},
                         "message": "Operation completed successfully!",
                         "data": {
                           "track_id": "{{randomValue length=9 type='NUMERIC'}}",
                           "amount": 89.97, "currency": "EUR",
                           "pay_amount": %s, "pay_currency": "ETH",
                           "network": "Ethereum Network",
                           "address": "%s",
                           "qr_code": "URL", "lifetime": 90,
                           "expired_at": %s,
                           "order_id": "{{randomValue type='UUID'}}",
                           "date": {{now format='unix'}} }}""".formatted(PAY_AMOUNT, ADDRESS, expiredAt);
    }
}
