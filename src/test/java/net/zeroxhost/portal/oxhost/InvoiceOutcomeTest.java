package net.zeroxhost.portal.oxhost;

import static org.assertj.core.api.Assertions.assertThat;

import net.zeroxhost.portal.oxhost.InvoiceOutcome.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which outcomes count towards opening the circuit in front of 0xhost. */
class InvoiceOutcomeTest {

    @ParameterizedTest(name = "{0} with HTTP {1}: outage {2}")
    @CsvSource(nullValues = "none", value = {
            "failed, none, true",     // refused connection, DNS, connect timeout
            "unknown, none, true",    // read timeout, reset, deadline
            "failed, 503, true",
            "unknown, 500, true",
            "unknown, 502, true",
            "unknown, 504, true",
            "failed, 429, true",
            "failed, 400, false",     // 0xhost answered and refused this request
            "failed, 401, false",
            "failed, 404, false",
            "failed, 302, false",
            "failed, 200, false",     // success:false
            "unknown, 200, false",    // garbage with 200: 0xhost is up, the answer is wrong
    })
    void onlyNoAnswerA5xxOrA429SignalsAnOutage(String kind, Integer status, boolean outage) {
        Exchange exchange = new Exchange(status, status == null ? null : "body");
        InvoiceOutcome outcome = kind.equals("failed")
                ? new InvoiceOutcome.Failed("reason", null, exchange)
                : new InvoiceOutcome.Unknown("reason", exchange);

        assertThat(outcome.signalsOutage()).isEqualTo(outage);
    }

    @org.junit.jupiter.api.Test
    void aHeldRequestWasNeverSentAndSignalsNothing() {
        assertThat(new InvoiceOutcome.Held("not sent").signalsOutage()).isFalse();
        assertThat(new InvoiceOutcome.Held("not sent").exchange()).isEqualTo(Exchange.NONE);
    }
}
