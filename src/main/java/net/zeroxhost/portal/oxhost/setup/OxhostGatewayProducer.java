package net.zeroxhost.portal.oxhost.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import net.zeroxhost.portal.oxhost.OxhostGateway;
import net.zeroxhost.portal.oxhost.rest.RestOxhostGateway;
import net.zeroxhost.portal.oxhost.sandbox.SandboxOxhostGateway;
import net.zeroxhost.portal.oxhost.sandbox.ServerPrices;

/**
 * Chooses the one gateway of this deployment: the real 0xhost when an API key is configured, the
 * sandbox otherwise. With a key the sandbox is never built, so it cannot be reached.
 */
@ApplicationScoped
public class OxhostGatewayProducer {

    private static final Logger LOG = Logger.getLogger(OxhostGatewayProducer.class.getName());

    @Inject
    OxhostSettings settings;

    /** Only the sandbox asks for prices; with a key this is never resolved. */
    @Inject
    Instance<ServerPrices> prices;

    @Inject
    Clock clock;

    @Produces
    @ApplicationScoped
    OxhostGateway gateway() {
        if (settings.sandbox()) {
            LOG.warning("No 0xhost API key is configured (OXHOST_API_KEY): invoices come from the built-in sandbox");
            return new SandboxOxhostGateway(prices.get(), clock);
        }
        RestOxhostGateway gateway = new RestOxhostGateway(settings.baseUrl(), settings.apiKey().orElseThrow(),
                settings.connectTimeout(), settings.readTimeout(), settings.exchangeDeadline(), clock);
        LOG.info(() -> "0xhost invoices are created at " + gateway.endpoint());
        return gateway;
    }

    void close(@Disposes OxhostGateway gateway) {
        if (gateway instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.fine(() -> "closing the 0xhost client: " + e);
            }
        }
    }
}
