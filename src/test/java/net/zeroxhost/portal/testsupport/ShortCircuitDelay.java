package net.zeroxhost.portal.testsupport;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Shortens the circuit breaker's delay from 30 s to 5 s for a test deployment that must see the
 * breaker close again, through the standard MicroProfile Fault Tolerance key, as an operator would.
 */
public class ShortCircuitDelay implements ConfigSource {

    private static final String BREAKER = "net.zeroxhost.portal.oxhost.guard.OxhostCircuit/createInvoice/CircuitBreaker/";

    /** The unit is given too: whether a lone value takes the annotation's unit is not the same everywhere. */
    private static final Map<String, String> PROPERTIES = Map.of(
            BREAKER + "delay", "5000",
            BREAKER + "delayUnit", "MILLIS");

    @Override
    public Set<String> getPropertyNames() {
        return PROPERTIES.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTIES.get(propertyName);
    }

    @Override
    public String getName() {
        return "portal-test-short-circuit-delay";
    }

    @Override
    public int getOrdinal() {
        return 500;
    }
}
