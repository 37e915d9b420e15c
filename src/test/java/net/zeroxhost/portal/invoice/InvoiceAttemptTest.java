package net.zeroxhost.portal.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.account.Role;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Created;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Exchange;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Failed;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Unknown;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.InvoiceRequest;
import net.zeroxhost.portal.oxhost.OxhostInvoice;
import net.zeroxhost.portal.plan.Plan;
import org.junit.jupiter.api.Test;

class InvoiceAttemptTest {

    private static final Duration LATENCY = Duration.ofMillis(120);
    private static final Instant REQUESTED_AT = Instant.ofEpochSecond(1764099947);
    private static final Instant COMPLETED_AT = REQUESTED_AT.plusMillis(850);
    private static final Instant EXPIRES_AT = Instant.ofEpochSecond(1764105348);
    private static final String ENDPOINT = "POST https://0xhost.net/API/invoice";
    private static final String USER_ID = "user12345-6789-0123-4567-890123456789";
    private static final String SERVER_ID = "server12345-6789-0123-4567-890123456789";

    private final Account account = new Account("Customer@Example.com", "hash", Role.CUSTOMER, USER_ID,
            OffsetDateTime.of(2025, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC));
    private final Plan plan = new Plan("Small", 2, 4, 80, "Frankfurt", new BigDecimal("89.97"), "EUR", SERVER_ID, 1);
    private final String requestBody = new InvoiceRequest(USER_ID, SERVER_ID).body();

    private InvoiceAttempt requested() {
        return new InvoiceAttempt("idem-1", account, plan, ENDPOINT, "x-api-key: ********", requestBody, REQUESTED_AT);
    }

    private static OxhostInvoice invoice() {
        return new OxhostInvoice("110816020", "594948ab-bb26-11f0-8cae-525400792197",
                "5763d0d0-ca37-11f0-8cdf-525400792197", new BigDecimal("89.970"), "EUR",
                new BigDecimal("0.0358619204"), "ETH", "Ethereum Network",
                "0x7717324E33798466298275C82711084B452A8179", 90, EXPIRES_AT, Instant.ofEpochSecond(1764099948));
    }

    private static Created created() {
        return new Created(invoice(), new Exchange(200, "{\"success\": true}"));
    }

    @Test
    void aNewAttemptIsRequestedWithWhatWasSent() {
        InvoiceAttempt attempt = requested();

        assertThat(attempt.getStoredState()).isEqualTo(InvoiceState.REQUESTED);
        assertThat(attempt.stateAt(EXPIRES_AT.plusSeconds(1))).isEqualTo(InvoiceState.REQUESTED);
        assertThat(attempt.getId()).isNotBlank();
        assertThat(attempt.getIdempotencyKey()).isEqualTo("idem-1");
        assertThat(attempt.getAccount()).isSameAs(account);
        assertThat(attempt.getPlan()).isSameAs(plan);
        assertThat(attempt.getRequestedAt()).isEqualTo(REQUESTED_AT);
        assertThat(attempt.getRequestEndpoint()).isEqualTo(ENDPOINT);
        assertThat(attempt.getRequestBody()).isEqualTo(requestBody);
        assertThat(attempt.getCompletedAt()).isNull();
        assertThat(attempt.getAnswer()).isNull();
        assertThat(attempt.getTerms()).isNull();
    }

    @Test
    void eachAttemptHasItsOwnId() {
        assertThat(requested().getId()).isNotEqualTo(requested().getId());
    }

    @Test
    void aCreatedInvoiceOpensTheAttemptWithEveryField() {
        InvoiceAttempt attempt = requested();

        attempt.complete(created(), COMPLETED_AT, LATENCY);

        assertThat(attempt.getStoredState()).isEqualTo(InvoiceState.OPEN);
        assertThat(attempt.getCompletedAt()).isEqualTo(COMPLETED_AT);
        assertThat(attempt.getAnswer().getHttpStatus()).isEqualTo(200);
        assertThat(attempt.getAnswer().getResponseBody()).isEqualTo("{\"success\": true}");
        assertThat(attempt.getTerms().getTrackId()).isEqualTo("110816020");
        assertThat(attempt.getTerms().getOrderId()).isEqualTo("594948ab-bb26-11f0-8cae-525400792197");
        assertThat(attempt.getTerms().getTransactionId()).isEqualTo("5763d0d0-ca37-11f0-8cdf-525400792197");
        assertThat(attempt.getTerms().getCurrency()).isEqualTo("EUR");
        assertThat(attempt.getTerms().getPayCurrency()).isEqualTo("ETH");
        assertThat(attempt.getTerms().getNetwork()).isEqualTo("Ethereum Network");
        assertThat(attempt.getTerms().getAddress()).isEqualTo("0x7717324E33798466298275C82711084B452A8179");
        assertThat(attempt.getTerms().getLifetimeMinutes()).isEqualTo(90);
        assertThat(attempt.getTerms().getExpiredAt()).isEqualTo(EXPIRES_AT);
        assertThat(attempt.getTerms().getOxhostCreatedAt()).isEqualTo(Instant.ofEpochSecond(1764099948));
        assertThat(attempt.getAnswer().getFailureReason()).isNull();
        assertThat(attempt.getAnswer().getOxhostMessage()).isNull();
    }

    @Test
    void amountsKeepTheirExactText() {
        InvoiceAttempt attempt = requested();

        attempt.complete(created(), COMPLETED_AT, LATENCY);

        assertThat(attempt.getTerms().getAmount().toPlainString()).isEqualTo("89.970");
        assertThat(attempt.getTerms().getPayAmount().toPlainString()).isEqualTo("0.0358619204");
    }

    @Test
    void anOpenInvoiceIsExpiredFromItsExpiryOn() {
        InvoiceAttempt attempt = requested();
        attempt.complete(created(), COMPLETED_AT, LATENCY);

        assertThat(attempt.stateAt(COMPLETED_AT)).isEqualTo(InvoiceState.OPEN);
        assertThat(attempt.stateAt(EXPIRES_AT.minusMillis(1))).isEqualTo(InvoiceState.OPEN);
        assertThat(attempt.stateAt(EXPIRES_AT)).isEqualTo(InvoiceState.EXPIRED);
        assertThat(attempt.stateAt(EXPIRES_AT.plus(Duration.ofDays(1)))).isEqualTo(InvoiceState.EXPIRED);
        assertThat(attempt.getStoredState()).as("EXPIRED is never stored").isEqualTo(InvoiceState.OPEN);
    }

    @Test
    void aFailureKeepsTheReasonAndTheMessageOf0xhost() {
        InvoiceAttempt attempt = requested();

        attempt.complete(new Failed("0xhost answered success:false", "Invalid user",
                new Exchange(200, "{\"success\": false, \"message\": \"Invalid user\"}")), COMPLETED_AT, LATENCY);

        assertThat(attempt.getStoredState()).isEqualTo(InvoiceState.FAILED);
        assertThat(attempt.stateAt(EXPIRES_AT.plusSeconds(1))).isEqualTo(InvoiceState.FAILED);
        assertThat(attempt.getAnswer().getFailureReason()).isEqualTo("0xhost answered success:false");
        assertThat(attempt.getAnswer().getOxhostMessage()).isEqualTo("Invalid user");
        assertThat(attempt.getAnswer().getHttpStatus()).isEqualTo(200);
        assertThat(attempt.getAnswer().getResponseBody()).isEqualTo("{\"success\": false, \"message\": \"Invalid user\"}");
        assertThat(attempt.getCompletedAt()).isEqualTo(COMPLETED_AT);
        assertThat(attempt.getTerms()).as("no invoice terms without an invoice").isNull();
    }

    @Test
    void aFailureReasonIsCutToTheColumnSize() {
        InvoiceAttempt attempt = requested();

        attempt.complete(new Failed("x".repeat(5000), null, Exchange.NONE), COMPLETED_AT, LATENCY);

        assertThat(attempt.getAnswer().getFailureReason()).hasSize(1000);
    }

    @Test
    void anUnknownOutcomeIsRecordedWithoutAnAnswer() {
        InvoiceAttempt attempt = requested();

        attempt.complete(new Unknown("no answer from 0xhost within the read timeout", Exchange.NONE), COMPLETED_AT, LATENCY);

        assertThat(attempt.getStoredState()).isEqualTo(InvoiceState.UNKNOWN);
        assertThat(attempt.stateAt(EXPIRES_AT.plusSeconds(1))).isEqualTo(InvoiceState.UNKNOWN);
        assertThat(attempt.getAnswer().getFailureReason()).isEqualTo("no answer from 0xhost within the read timeout");
        assertThat(attempt.getAnswer().getOxhostMessage()).isNull();
        assertThat(attempt.getAnswer().getHttpStatus()).isNull();
        assertThat(attempt.getAnswer().getResponseBody()).isNull();
        assertThat(attempt.getCompletedAt()).isEqualTo(COMPLETED_AT);
    }

    @Test
    void anAttemptCompletesOnlyOnce() {
        InvoiceAttempt attempt = requested();
        attempt.complete(created(), COMPLETED_AT, LATENCY);
        InvoiceOutcome late = new Unknown("late", Exchange.NONE);

        assertThatThrownBy(() -> attempt.complete(late, COMPLETED_AT.plusSeconds(1), LATENCY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OPEN");
        assertThat(attempt.getStoredState()).isEqualTo(InvoiceState.OPEN);
        assertThat(attempt.getCompletedAt()).isEqualTo(COMPLETED_AT);
    }

    @Test
    void aFailedAttemptCannotBeCompletedAgain() {
        InvoiceAttempt attempt = requested();
        attempt.complete(new Failed("HTTP 500", null, new Exchange(500, "oops")), COMPLETED_AT, LATENCY);

        assertThatThrownBy(() -> attempt.complete(created(), COMPLETED_AT.plusSeconds(1), LATENCY))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempt.getStoredState()).isEqualTo(InvoiceState.FAILED);
        assertThat(attempt.getTerms()).isNull();
    }

    @Test
    void anInvoiceThatArrivesAfterTheAttemptWasGivenUpStillOpensIt() {
        InvoiceAttempt attempt = requested();
        attempt.complete(new Unknown("no outcome within the deadline", Exchange.NONE), COMPLETED_AT, LATENCY);

        attempt.complete(created(), COMPLETED_AT.plusSeconds(5), LATENCY);

        assertThat(attempt.getStoredState()).isEqualTo(InvoiceState.OPEN);
        assertThat(attempt.getTerms().getTrackId()).isEqualTo("110816020");
        assertThat(attempt.getCompletedAt()).isEqualTo(COMPLETED_AT.plusSeconds(5));
    }

    @Test
    void anUnknownAttemptDoesNotBecomeFailedOrUnknownAgain() {
        InvoiceAttempt attempt = requested();
        attempt.complete(new Unknown("no outcome within the deadline", Exchange.NONE), COMPLETED_AT, LATENCY);

        assertThatThrownBy(() -> attempt.complete(new Failed("HTTP 400", null, new Exchange(400, "")), COMPLETED_AT, LATENCY))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> attempt.complete(new Unknown("again", Exchange.NONE), COMPLETED_AT, LATENCY))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempt.getStoredState()).isEqualTo(InvoiceState.UNKNOWN);
    }

    @Test
    void theAttemptKeepsTheCatalogPriceOfItsDayTheHeadersSentAndTheLatency() {
        InvoiceAttempt attempt = requested();
        assertThat(attempt.getPrice()).isEqualByComparingTo("89.97");
        assertThat(attempt.getPriceCurrency()).isEqualTo("EUR");
        assertThat(attempt.getRequestHeaders()).isEqualTo("x-api-key: ********");
        assertThat(attempt.getLatencyMs()).isNull();

        attempt.complete(created(), COMPLETED_AT, LATENCY);
        assertThat(attempt.getLatencyMs()).isEqualTo(120);
    }

    @Test
    void theHistoryShowsEachStateReachedAndWhen() {
        InvoiceAttempt attempt = requested();
        assertThat(attempt.history(COMPLETED_AT)).extracting(InvoiceAttempt.Step::getState, InvoiceAttempt.Step::getAt)
                .containsExactly(tuple(InvoiceState.REQUESTED, REQUESTED_AT));

        attempt.complete(created(), COMPLETED_AT, LATENCY);
        assertThat(attempt.history(COMPLETED_AT)).extracting(InvoiceAttempt.Step::getState, InvoiceAttempt.Step::getAt)
                .containsExactly(tuple(InvoiceState.REQUESTED, REQUESTED_AT), tuple(InvoiceState.OPEN, COMPLETED_AT));
        assertThat(attempt.history(EXPIRES_AT)).extracting(InvoiceAttempt.Step::getState, InvoiceAttempt.Step::getAt)
                .containsExactly(tuple(InvoiceState.REQUESTED, REQUESTED_AT), tuple(InvoiceState.OPEN, COMPLETED_AT),
                        tuple(InvoiceState.EXPIRED, EXPIRES_AT));

        InvoiceAttempt failed = requested();
        failed.complete(new Failed("HTTP 500", null, new Exchange(500, "oops")), COMPLETED_AT, LATENCY);
        assertThat(failed.history(EXPIRES_AT)).extracting(InvoiceAttempt.Step::getState)
                .containsExactly(InvoiceState.REQUESTED, InvoiceState.FAILED);
    }
}
