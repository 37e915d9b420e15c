package net.zeroxhost.payara.uriguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.util.List;
import net.zeroxhost.portal.platform.SecurityHeaders;
import net.zeroxhost.portal.testsupport.RawGet;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.portunif.PUFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guard in a plain Grizzly server (the Grizzly of Payara 6, from Maven Central), wired as Payara
 * wires a port-unification listener: the HTTP filters behind a PUFilter whose one finder is the
 * guard's. A quick check of the finder and the filter without a Payara; the ITs check them in Payara.
 */
class UriGuardOnGrizzlyTest {

    private HttpServer server;
    private URL base;

    @BeforeEach
    void startAGuardedServer() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = HttpServer.createSimpleServer(null, "127.0.0.1", port);
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws Exception {
                response.setContentType("text/plain");
                response.getWriter().write("served " + request.getRequestURI());
            }
        }, "/");
        server.start();
        NetworkListener listener = server.getListener("grizzly");
        FilterChain chain = listener.getFilterChain();
        // From the HTTP codec on, the filters move behind a port unification, as in Payara.
        int codec = chain.indexOfType(org.glassfish.grizzly.http.HttpServerFilter.class);
        PUFilter portUnification = new PUFilter();
        FilterChainBuilder http = portUnification.getPUFilterChainBuilder();
        while (chain.size() > codec) {
            http.add(chain.remove(codec));
        }
        portUnification.register(new UriGuardFinder(), http.build());
        chain.add(portUnification);
        base = new URL("http://127.0.0.1:" + port + "/");
    }

    @AfterEach
    void stop() {
        server.shutdownNow();
    }

    @Test
    void aMalformedUrlIsRefusedWithTheHeadersAndAGoodOneServed() throws Exception {
        assertThat(RawGet.of(base, "plans%20x").body()).isEqualTo("served /plans%20x");
        for (String malformed : List.of("%zz", "%", "%%3", "a%00b", "%c0%ae", "%ff%fe", "plans?plan=%zz")) {
            RawGet answer = RawGet.of(base, malformed);
            assertThat(answer.status()).as(malformed).isEqualTo(400);
            assertThat(answer.header("Content-Security-Policy")).as(malformed).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(answer.header("X-Content-Type-Options")).as(malformed).hasValue("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(malformed).hasValue("DENY");
            assertThat(answer.header("Cache-Control")).as(malformed).hasValue("no-store");
        }
        FilterChain root = server.getListener("grizzly").getFilterChain();
        FilterChain http = ((PUFilter) root.get(root.size() - 1)).getProtocols().iterator().next().getFilterChain();
        assertThat(http.indexOfType(UriGuardFilter.class)).as("the guard, once, just before the server filter")
                .isEqualTo(http.indexOfType(HttpServerFilter.class) - 1);
    }

    /** Wired to a protocol without Grizzly's server filter, the finder routes nothing: no unguarded answer. */
    @Test
    void withNothingToGuardTheConnectionGetsNoAnswer() throws Exception {
        FilterChain root = server.getListener("grizzly").getFilterChain();
        PUFilter portUnification = (PUFilter) root.get(root.size() - 1);
        FilterChain http = portUnification.getProtocols().iterator().next().getFilterChain();
        http.remove(http.indexOfType(HttpServerFilter.class));

        assertThat(RawGet.of(base, "plans").status()).isEqualTo(-1);
    }

    @Test
    void everyRequestOfAKeptAliveConnectionIsChecked() throws Exception {
        List<RawGet> answers = RawGet.onOneConnection(base, "one", "two", "%zz", "three");
        assertThat(answers).extracting(RawGet::status).containsExactly(200, 200, 400);
        assertThat(answers.get(1).body()).isEqualTo("served /two");
    }
}
