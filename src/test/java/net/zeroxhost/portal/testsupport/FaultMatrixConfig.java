package net.zeroxhost.portal.testsupport;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Settings of the fault matrix's deployment only (registered as a service by FaultMatrixIT), above
 * the environment and system properties (ordinal 500), so that the matrix behaves the same on every
 * server however that server was configured.
 */
public class FaultMatrixConfig implements ConfigSource {

    static final Map<String, String> PROPERTIES = Map.of(
            // The matrix produces one transport or 5xx failure after another on purpose. A circuit
            // breaker in front of the gateway (MicroProfile Fault Tolerance) would open on them and
            // answer the next rows itself, so the rows would no longer test what the client makes
            // of 0xhost's answer. This switches off every Fault Tolerance annotation but @Fallback;
            // without any, it changes nothing.
            "MP_Fault_Tolerance_NonFallback_Enabled", "false",
            // The timing rows in seconds rather than the defaults' tens of seconds: a connect
            // timeout of 1 s, a read timeout of 3 s (as failsafe gives every server) and a whole
            // exchange of 4 s, which keeps the deadline above the connect timeout
            // (docs/oxhost-api.md) and below the trickling row's 12 s.
            "oxhost.connect-timeout-ms", "1000",
            "oxhost.read-timeout-ms", "3000",
            "oxhost.exchange-deadline-ms", "4000");

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
        return "fault-matrix";
    }

    @Override
    public int getOrdinal() {
        return 500;
    }
}
