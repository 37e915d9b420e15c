package net.zeroxhost.portal.testsupport;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessProducer;
import jakarta.enterprise.inject.spi.Producer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.InvoiceRequest;
import net.zeroxhost.portal.oxhost.OxhostGateway;
import net.zeroxhost.portal.oxhost.rest.RestOxhostGateway;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In the fault matrix's deployment only: the gateway the portal produces, with two routes added
 * for the rows whose fault is the connection itself ({@link FaultRows.Unreachable}). A refused or
 * never-accepted connection happens before any request reaches WireMock, so WireMock cannot pick
 * it by server id; and the portal has one base URL. So the requests for those two server ids go
 * to a {@link RestOxhostGateway} of their own, built like the real one but aimed at a loopback port
 * where nothing listens or at a listener whose backlog is full. Every other request goes to the
 * gateway the portal's own producer made, untouched.
 *
 * <p>A CDI extension wrapping the producer (rather than an alternative producer) keeps the
 * portal's own choice of gateway and its settings in the test; CDI decorators do not apply to
 * produced beans. Registered as a service by the test's deployment.
 */
public class ConnectionFaults implements Extension {

    void wrap(@Observes ProcessProducer<?, OxhostGateway> event) {
        Producer<OxhostGateway> portals = event.getProducer();
        event.setProducer(new Producer<>() {
            @Override
            public OxhostGateway produce(CreationalContext<OxhostGateway> context) {
                OxhostGateway produced = portals.produce(context);
                return produced.sandbox() ? produced : new Routed(produced);
            }

            @Override
            public void dispose(OxhostGateway gateway) {
                if (gateway instanceof Routed routed) {
                    routed.closeDeadEnds();
                    portals.dispose(routed.portals);
                } else {
                    portals.dispose(gateway);
                }
            }

            @Override
            public Set<InjectionPoint> getInjectionPoints() {
                return portals.getInjectionPoints();
            }
        });
    }

    /** The portal's gateway, except for the two server ids whose connection must fail. */
    static final class Routed implements OxhostGateway {

        final OxhostGateway portals;
        private final Socket reserved;
        private final UnansweredPort neverAccepting;
        private final RestOxhostGateway refusing;
        private final RestOxhostGateway hanging;

        Routed(OxhostGateway portals) {
            this.portals = portals;
            InetAddress loopback = InetAddress.getLoopbackAddress();
            try {
                // Bound but not listening: the port stays ours, and a connection to it is refused.
                reserved = new Socket();
                reserved.bind(new InetSocketAddress(loopback, 0));
                neverAccepting = new UnansweredPort();
            } catch (IOException e) {
                throw new UncheckedIOException("could not set up the connection faults", e);
            }
            refusing = gatewayAt(reserved.getLocalPort());
            hanging = gatewayAt(neverAccepting.port());
        }

        /** Like the portal's gateway (OxhostGatewayProducer), from the same settings, at another port. */
        private static RestOxhostGateway gatewayAt(int port) {
            Config config = ConfigProvider.getConfig();
            return new RestOxhostGateway(URI.create("http://127.0.0.1:" + port + "/API"),
                    config.getValue("oxhost.api-key", String.class),
                    Duration.ofMillis(config.getValue("oxhost.connect-timeout-ms", Long.class)),
                    Duration.ofMillis(config.getValue("oxhost.read-timeout-ms", Long.class)),
                    Duration.ofMillis(config.getValue("oxhost.exchange-deadline-ms", Long.class)),
                    Clock.systemUTC());
        }

        @Override
        public String requestHeaders() {
            return portals.requestHeaders();
        }

        @Override
        public InvoiceOutcome createInvoice(InvoiceRequest request) {
            if (request.serverId().equals(FaultRows.named("refused").serverId())) {
                return refusing.createInvoice(request);
            }
            if (request.serverId().equals(FaultRows.named("slow-connect").serverId())) {
                return hanging.createInvoice(request);
            }
            return portals.createInvoice(request);
        }

        @Override
        public String endpoint() {
            return portals.endpoint();
        }

        @Override
        public boolean sandbox() {
            return portals.sandbox();
        }

        @Override
        public Duration exchangeDeadline() {
            return portals.exchangeDeadline();
        }

        void closeDeadEnds() {
            refusing.close();
            hanging.close();
            closeQuietly(neverAccepting);
            closeQuietly(reserved);
        }

        private static void closeQuietly(AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // the deployment is going away
            }
        }
    }
}
