package net.zeroxhost.portal.oxhost;

import jakarta.json.Json;
import java.util.Objects;

/** What the portal asks 0xhost for: an invoice for one of its users and one of its servers. */
public record InvoiceRequest(String userId, String serverId) {

    public InvoiceRequest {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(serverId, "serverId");
    }

    /** The exact JSON body sent, also what the audit trail records (it holds no secret). */
    public String body() {
        return Json.createObjectBuilder()
                .add("user_id", userId)
                .add("server_id", serverId)
                .build()
                .toString();
    }
}
