package net.zeroxhost.portal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The fault matrix's leak check fires on each kind of leak, escaped or not, and not on a clean page. */
class InternalDetailTest {

    private static final String PAGE = "<html><head><title>IT fault-read-timeout</title>"
            + "<meta http-equiv=\"refresh\" content=\"3\"/><script src=\"/jakarta.faces.resource/faces.js\"></script></head>"
            + "<body><p class=\"message error\">This invoice was not created, so there is nothing to pay for it.</p>"
            + "<p id=\"oxhost-message\">0xhost said: Refused &lt;blink&gt;now&lt;/blink&gt; &amp; later</p>%s</body></html>";

    @Test
    void aPageWithoutDetailPasses() {
        assertThat(InternalDetail.in(PAGE.formatted(""), List.of("IT fault-read-timeout"), List.of("HTTP 500", "it-secret-key"),
                List.of("{\"success\":false,\"message\":\"Refused\"}"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta.ws.rs.ProcessingException: boom", "java.net.SocketTimeoutException",
            "\tat net.zeroxhost.portal.oxhost.rest.RestOxhostGateway.exchange(RestOxhostGateway.java:212)",
            "at java.base/java.net.Socket.connect(Socket.java:633)", "HTTP 502", "HTTP/1.1 503", "HTTP&#32;504",
            "502 Bad Gateway", "Service Unavailable", "0xhost answered success:true with an unusable invoice: address",
            "no answer from 0xhost within the read timeout", "could not connect to 0xhost", "&quot;success&quot;:true",
            "RAW-ANSWER-MARKER", "the answer was not HTTP", "not a json object"})
    void eachKindOfDetailIsFound(String detail) {
        assertThat(InternalDetail.in(PAGE.formatted("<p>" + detail + "</p>"), List.of(), List.of(), List.of()))
                .as(detail).isNotEmpty();
    }

    @Test
    void theAdminsReasonTheKeyAndTheRawAnswerAreFound() {
        String raw = "<html><body><h1>Maintenance window</h1></body></html>";
        assertThat(InternalDetail.in(PAGE.formatted("<p>a reason of its own words</p>"), List.of(),
                List.of("a reason of its own words"), List.of())).hasSize(1);
        assertThat(InternalDetail.in(PAGE.formatted("<p>it-secret-key</p>"), List.of(), List.of("it-secret-key"), List.of()))
                .hasSize(1);
        assertThat(InternalDetail.in(PAGE.formatted("<pre>&lt;html&gt;&lt;body&gt;&lt;h1&gt;Maintenance window</pre>"),
                List.of(), List.of(), List.of(raw))).hasSize(1);
    }
}
