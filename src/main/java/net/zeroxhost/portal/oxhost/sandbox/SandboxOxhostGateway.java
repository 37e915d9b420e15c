package net.zeroxhost.portal.oxhost.sandbox;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.InvoiceRequest;
import net.zeroxhost.portal.oxhost.OxhostGateway;
import net.zeroxhost.portal.oxhost.sandbox.ServerPrices.Price;
import net.zeroxhost.portal.oxhost.wire.InvoiceAnswerReader;

/**
 * A stand-in for 0xhost, used when no API key is configured. It answers exactly as the documented
 * contract shows (fresh track and order ids, an Ethereum address, {@code expired_at} = now +
 * lifetime) and its answer goes through the same {@link InvoiceAnswerReader} as a real one, so the
 * rest of the portal cannot tell the difference except by the banner. No funds can be received.
 */
public final class SandboxOxhostGateway implements OxhostGateway {

    /** Invoices live 90 minutes, as in the documented example. */
    public static final int LIFETIME_MINUTES = 90;
    /** A made-up, fixed exchange rate: sandbox amounts are plausible, not market prices. */
    private static final BigDecimal FIAT_PER_ETH = new BigDecimal("2508.37");

    private final SecureRandom random = new SecureRandom();
    private final InvoiceAnswerReader reader;
    private final ServerPrices prices;
    private final Clock clock;

    public SandboxOxhostGateway(ServerPrices prices, Clock clock) {
        this.prices = prices;
        this.clock = clock;
        this.reader = new InvoiceAnswerReader(clock);
    }

    @Override
    public String endpoint() {
        return "POST sandbox:/invoice";
    }

    /** Nothing goes over the wire: the sandbox answers in the portal. */
    @Override
    public String requestHeaders() {
        return "";
    }

    @Override
    public boolean sandbox() {
        return true;
    }

    /** The sandbox answers at once, from memory. */
    @Override
    public Duration exchangeDeadline() {
        return Duration.ofSeconds(1);
    }

    @Override
    public InvoiceOutcome createInvoice(InvoiceRequest request) {
        Optional<Price> price = prices.of(request.serverId());
        if (price.isEmpty()) {
            String body = Json.createObjectBuilder()
                    .add("success", false)
                    .add("message", "Server not found")
                    .add("data", Json.createArrayBuilder())
                    .build().toString();
            return reader.read(404, body);
        }
        Instant now = clock.instant();
        BigDecimal payAmount = price.get().amount().divide(FIAT_PER_ETH, 10, RoundingMode.HALF_UP);
        String body = Json.createObjectBuilder()
                .add("success", true)
                .add("transaction", Json.createObjectBuilder()
                        .add("id", UUID.randomUUID().toString())
                        .add("success", true))
                .add("message", "Operation completed successfully!")
                .add("data", Json.createObjectBuilder()
                        .add("track_id", String.valueOf(100_000_000 + random.nextInt(900_000_000)))
                        .add("amount", price.get().amount())
                        .add("currency", price.get().currency())
                        .add("pay_amount", payAmount)
                        .add("pay_currency", "ETH")
                        .add("network", "Ethereum Network")
                        .add("address", ethereumAddress())
                        .add("qr_code", "URL")
                        .add("lifetime", LIFETIME_MINUTES)
                        .add("expired_at", now.getEpochSecond() + LIFETIME_MINUTES * 60L)
                        .add("order_id", UUID.randomUUID().toString())
                        .add("date", now.getEpochSecond()))
                .build().toString();
        return reader.read(200, body);
    }

    private String ethereumAddress() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return "0x" + HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
