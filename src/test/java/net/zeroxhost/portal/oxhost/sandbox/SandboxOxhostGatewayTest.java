package net.zeroxhost.portal.oxhost.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Created;
import net.zeroxhost.portal.oxhost.InvoiceOutcome.Failed;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.InvoiceRequest;
import net.zeroxhost.portal.oxhost.OxhostInvoice;
import net.zeroxhost.portal.oxhost.sandbox.ServerPrices.Price;
import net.zeroxhost.portal.payment.PaymentUri;
import org.junit.jupiter.api.Test;

class SandboxOxhostGatewayTest {

    private static final Instant NOW = Instant.parse("2025-11-25T19:45:48Z");
    private static final String USER_ID = "user12345-6789-0123-4567-890123456789";
    private static final String KNOWN_SERVER = "server12345-6789-0123-4567-890123456789";

    private final Map<String, Price> prices = Map.of(KNOWN_SERVER, new Price(new BigDecimal("89.97"), "EUR"));
    private final SandboxOxhostGateway gateway = new SandboxOxhostGateway(
            serverId -> Optional.ofNullable(prices.get(serverId)), Clock.fixed(NOW, ZoneOffset.UTC));

    private OxhostInvoice createdInvoice() {
        InvoiceOutcome outcome = gateway.createInvoice(new InvoiceRequest(USER_ID, KNOWN_SERVER));
        assertThat(outcome).isInstanceOf(Created.class);
        return ((Created) outcome).invoice();
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    @Test
    void aKnownServerGetsAnInvoiceLikeTheDocumentedOne() {
        OxhostInvoice invoice = createdInvoice();

        assertThat(invoice.amount()).isEqualTo(new BigDecimal("89.97"));
        assertThat(invoice.currency()).isEqualTo("EUR");
        assertThat(invoice.payAmount()).isPositive();
        assertThat(invoice.payCurrency()).isEqualTo("ETH");
        assertThat(invoice.network()).isEqualTo("Ethereum Network");
        assertThat(invoice.address()).matches("0x[0-9A-F]{40}");
        assertThat(invoice.lifetimeMinutes()).isEqualTo(SandboxOxhostGateway.LIFETIME_MINUTES).isEqualTo(90);
        assertThat(invoice.createdAt()).isEqualTo(NOW);
        assertThat(invoice.expiredAt()).isEqualTo(NOW.plus(Duration.ofMinutes(90)));
        assertThat(invoice.trackId()).matches("[0-9]{9}");
        assertThat(invoice.orderId()).isNotBlank();
        assertThat(invoice.transactionId()).isNotBlank();
    }

    @Test
    void everyInvoiceHasFreshIds() {
        OxhostInvoice first = createdInvoice();
        OxhostInvoice second = createdInvoice();

        assertThat(second.trackId()).isNotEqualTo(first.trackId());
        assertThat(second.orderId()).isNotEqualTo(first.orderId());
        assertThat(second.transactionId()).isNotEqualTo(first.transactionId());
        assertThat(second.address()).isNotEqualTo(first.address());
    }

    @Test
    void theExchangeIsTheJsonTheReaderParsed() {
        InvoiceOutcome outcome = gateway.createInvoice(new InvoiceRequest(USER_ID, KNOWN_SERVER));
        OxhostInvoice invoice = ((Created) outcome).invoice();

        assertThat(outcome.exchange().httpStatus()).isEqualTo(200);
        JsonObject answer = parse(outcome.exchange().body());
        assertThat(answer.getBoolean("success")).isTrue();
        assertThat(answer.getJsonObject("transaction").getString("id")).isEqualTo(invoice.transactionId());
        JsonObject data = answer.getJsonObject("data");
        assertThat(data.getString("track_id")).isEqualTo(invoice.trackId());
        assertThat(data.getString("order_id")).isEqualTo(invoice.orderId());
        assertThat(data.getJsonNumber("amount").bigDecimalValue()).isEqualTo(invoice.amount());
        assertThat(data.getJsonNumber("pay_amount").bigDecimalValue()).isEqualTo(invoice.payAmount());
        assertThat(data.getString("address")).isEqualTo(invoice.address());
        assertThat(data.getString("network")).isEqualTo(invoice.network());
        assertThat(data.getJsonNumber("expired_at").longValueExact()).isEqualTo(invoice.expiredAt().getEpochSecond());
        assertThat(data.getJsonNumber("date").longValueExact()).isEqualTo(NOW.getEpochSecond());
    }

    @Test
    void itsInvoicesArePayableByAWalletUri() {
        OxhostInvoice invoice = createdInvoice();

        assertThat(PaymentUri.of(invoice.payCurrency(), invoice.network(), invoice.address(), invoice.payAmount()))
                .startsWith("ethereum:" + invoice.address() + "@1?value=");
    }

    @Test
    void anUnknownServerIsAFailureAsFrom0xhost() {
        InvoiceOutcome outcome = gateway.createInvoice(new InvoiceRequest(USER_ID, "no-such-server"));

        assertThat(outcome).isInstanceOf(Failed.class);
        Failed failed = (Failed) outcome;
        assertThat(failed.oxhostMessage()).isEqualTo("Server not found");
        assertThat(failed.exchange().httpStatus()).isEqualTo(404);
        assertThat(parse(failed.exchange().body()).getBoolean("success")).isFalse();
    }

    @Test
    void itAnnouncesItselfAsTheSandbox() {
        assertThat(gateway.sandbox()).isTrue();
        assertThat(gateway.endpoint()).contains("sandbox");
    }
}
