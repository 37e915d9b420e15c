package net.zeroxhost.portal.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What the 0xhost stand-in received, read from WireMock's request journal over its admin HTTP API
 * with the JDK's client only, so that tests deployed into the server can count calls too. The
 * server inherits failsafe's environment (OXHOST_BASE_URL) but not its system properties.
 */
public final class OxhostJournal {

    private OxhostJournal() {
    }

    /** How many invoice requests for this 0xhost server id the stand-in received. */
    public static int invoiceCalls(String serverId) throws IOException, InterruptedException {
        String pattern = """
                {"method": "POST", "url": "/API/invoice",
                 "bodyPatterns": [{"matchesJsonPath": "$[?(@.server_id == '%s')]"}]}""".formatted(serverId);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(baseUrl().resolve("/__admin/requests/count"))
                        .POST(HttpRequest.BodyPublishers.ofString(pattern)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("WireMock's journal answered " + response.statusCode());
        }
        return Integer.parseInt(response.body().replaceAll("[^0-9]", ""));
    }

    private static URI baseUrl() {
        String url = System.getenv("OXHOST_BASE_URL");
        if (url == null) {
            url = System.getProperty("it.oxhost.base-url");
        }
        return URI.create(url);
    }
}
