package net.zeroxhost.portal.testsupport;

import java.util.Map;

/**
 * Settings of the fault matrix's deployment only (added by FaultMatrixIT through
 * {@link TestConfigSource}, above the environment and system properties), so that the matrix
 * behaves the same on every server however that server was configured.
 */
public final class FaultMatrixConfig {

    public static final Map<String, String> SETTINGS = Map.of(
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

    private FaultMatrixConfig() {
    }
}
