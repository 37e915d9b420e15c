package net.zeroxhost.portal.oxhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The success answer of the 0xhost documentation (the seed), and what it must turn into. */
public final class SeedAnswer {

    /** The seed's {@code date}: 0xhost created the invoice then, and it expires 90 minutes later. */
    public static final Instant CREATED_AT = Instant.ofEpochSecond(1764099948);

    private SeedAnswer() {
    }

    /** A clock standing at the seed's creation, so that its expiry lies ahead. */
    public static Clock clock() {
        return Clock.fixed(CREATED_AT, ZoneOffset.UTC);
    }

    public static String text() {
        try (InputStream in = SeedAnswer.class.getResourceAsStream("/oxhost/seed-success.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts the outcome is the seed's invoice, every field exactly as documented. */
    public static void assertCreatedExactly(InvoiceOutcome outcome) {
        assertThat(outcome).isInstanceOf(InvoiceOutcome.Created.class);
        OxhostInvoice invoice = ((InvoiceOutcome.Created) outcome).invoice();
        assertThat(invoice.trackId()).isEqualTo("110816020");
        assertThat(invoice.orderId()).isEqualTo("594948ab-bb26-11f0-8cae-525400792197");
        assertThat(invoice.transactionId()).isEqualTo("5763d0d0-ca37-11f0-8cdf-525400792197");
        assertThat(invoice.amount()).isEqualTo(new BigDecimal("89.97"));
        assertThat(invoice.currency()).isEqualTo("EUR");
        assertThat(invoice.payAmount().toPlainString()).isEqualTo("0.0358619204");
        assertThat(invoice.payCurrency()).isEqualTo("ETH");
        assertThat(invoice.network()).isEqualTo("Ethereum Network");
        assertThat(invoice.address()).isEqualTo("0x7717324E33798466298275C82711084B452A8179");
        assertThat(invoice.lifetimeMinutes()).isEqualTo(90);
        assertThat(invoice.expiredAt()).isEqualTo(Instant.ofEpochSecond(1764105348));
        assertThat(invoice.createdAt()).isEqualTo(Instant.ofEpochSecond(1764099948));
        assertThat(outcome.exchange().httpStatus()).isEqualTo(200);
        assertThat(outcome.exchange().body()).isEqualTo(text());
    }
}
