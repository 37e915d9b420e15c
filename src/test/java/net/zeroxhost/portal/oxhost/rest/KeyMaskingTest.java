package net.zeroxhost.portal.oxhost.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import net.zeroxhost.portal.testsupport.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyMaskingTest {

    private static final String KEY = "k3y-" + System.nanoTime();

    private final Logger headers = Logger.getLogger("org.apache.http.headers");
    private LogCapture capture;
    private Level before;

    @BeforeEach
    void listen() {
        before = headers.getLevel();
        headers.setLevel(Level.ALL);
        capture = LogCapture.of(headers.getName());
    }

    @AfterEach
    void stop() {
        capture.close();
        headers.setLevel(before);
    }

    /** The captured lines as a handler would print their messages. */
    private List<String> lines() {
        SimpleFormatter formatter = new SimpleFormatter();
        return capture.records().stream().map(formatter::formatMessage).toList();
    }

    @Test
    void masksTheKeyInAMessageAndInItsParametersAndLeavesTheRest() {
        try (KeyMasking masking = KeyMasking.install(KEY)) {
            headers.fine("http-outgoing-0 >> x-api-key: " + KEY);
            headers.log(Level.FINE, "http-outgoing-1 >> {0}: {1}", new Object[] {"x-api-key", KEY});
            headers.fine("http-outgoing-2 >> Content-Type: application/json");
        }

        assertThat(lines()).containsExactly("http-outgoing-0 >> x-api-key: ********",
                "http-outgoing-1 >> x-api-key: ********", "http-outgoing-2 >> Content-Type: application/json");
    }

    @Test
    void closingPutsBackTheFilterItFoundAndStopsMasking() {
        Filter own = record -> !record.getMessage().startsWith("drop");
        headers.setFilter(own);
        try {
            KeyMasking masking = KeyMasking.install(KEY);
            headers.fine("drop me");
            headers.fine("keep " + KEY);
            masking.close();

            assertThat(headers.getFilter()).isSameAs(own);
            assertThat(lines()).containsExactly("keep ********");
        } finally {
            headers.setFilter(null);
        }
    }
}
