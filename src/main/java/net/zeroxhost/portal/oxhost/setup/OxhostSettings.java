package net.zeroxhost.portal.oxhost.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and how the portal reaches 0xhost, from MicroProfile Config (environment variables such as
 * {@code OXHOST_API_KEY} override). The key is exposed only to the gateway that sends it: this
 * class has no toString and nothing here logs it.
 */
@ApplicationScoped
public class OxhostSettings {

    /** Long enough for a slow TLS handshake, short enough that a dead host fails fast. */
    public static final long DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
    /** 0xhost answers in well under a second normally; after this the outcome is UNKNOWN. */
    public static final long DEFAULT_READ_TIMEOUT_MS = 20_000;
    /**
     * The whole call, connection to last byte: the two timeouts above, which an answer trickling
     * byte by byte would otherwise stretch without end. After this the outcome is UNKNOWN.
     */
    public static final long DEFAULT_EXCHANGE_DEADLINE_MS = DEFAULT_CONNECT_TIMEOUT_MS + DEFAULT_READ_TIMEOUT_MS;

    @Inject
    @ConfigProperty(name = "oxhost.base-url", defaultValue = "https://0xhost.net/API")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "oxhost.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "oxhost.connect-timeout-ms", defaultValue = "" + DEFAULT_CONNECT_TIMEOUT_MS)
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "oxhost.read-timeout-ms", defaultValue = "" + DEFAULT_READ_TIMEOUT_MS)
    long readTimeoutMs;

    @Inject
    @ConfigProperty(name = "oxhost.exchange-deadline-ms", defaultValue = "" + DEFAULT_EXCHANGE_DEADLINE_MS)
    long exchangeDeadlineMs;

    /** With no API key the built-in sandbox answers instead of 0xhost. */
    boolean sandbox() {
        return apiKey().isEmpty();
    }

    URI baseUrl() {
        return URI.create(baseUrl.strip());
    }

    Optional<String> apiKey() {
        return apiKey.map(String::strip).filter(key -> !key.isEmpty());
    }

    Duration connectTimeout() {
        return Duration.ofMillis(connectTimeoutMs);
    }

    Duration readTimeout() {
        return Duration.ofMillis(readTimeoutMs);
    }

    Duration exchangeDeadline() {
        return Duration.ofMillis(exchangeDeadlineMs);
    }
}
