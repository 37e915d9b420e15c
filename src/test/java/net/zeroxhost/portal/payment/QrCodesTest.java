package net.zeroxhost.portal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String PAYMENT_URI = "bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.00123";

    @Test
    void anImageIsTheOneQrCodeDraws() {
        assertThat(new QrCodes().dataUri(PAYMENT_URI)).isEqualTo(QrCode.svgDataUri(PAYMENT_URI));
    }

    @Test
    void anImageAskedForAgainIsTheOneKept() {
        QrCodes codes = new QrCodes();

        String first = codes.dataUri(PAYMENT_URI);

        assertThat(codes.dataUri(PAYMENT_URI)).isSameAs(first);
    }

    @Test
    void onlyTheMostRecentlyUsedImagesAreKept() {
        QrCodes codes = new QrCodes();
        String looked = codes.dataUri("address-0");
        String leastUsed = codes.dataUri("address-1");
        for (int i = 2; i <= QrCodes.KEPT; i++) {
            codes.dataUri("address-" + i);
            // The first address stays in use all along: it must be the one kept.
            assertThat(codes.dataUri("address-0")).isSameAs(looked);
        }

        assertThat(codes.size()).isEqualTo(QrCodes.KEPT);
        assertThat(codes.dataUri("address-0")).isSameAs(looked);
        String again = codes.dataUri("address-1");
        assertThat(again).as("the least recently used, forgotten and drawn again").isNotSameAs(leastUsed)
                .isEqualTo(leastUsed);
    }
}
