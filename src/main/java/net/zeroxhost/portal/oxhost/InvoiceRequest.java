package net.zeroxhost.portal.oxhost;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import java.util.Map;
import java.util.Objects;

/** What the portal asks 0xhost for: an invoice for one of its users and one of its servers. */
public record InvoiceRequest(String userId, String serverId) {

    /**
     * Made once: {@code Json.createObjectBuilder()} looks the JSON provider up through the
     * ServiceLoader on every call, which was a tenth of an invoice request's own CPU (JFR).
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    public InvoiceRequest {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(serverId, "serverId");
    }

    /** The exact JSON body sent, also what the audit trail records (it holds no secret). */
    public String body() {
        return JSON.createObjectBuilder()
                .add("user_id", userId)
                .add("server_id", serverId)
                .build()
                .toString();
    }
}
