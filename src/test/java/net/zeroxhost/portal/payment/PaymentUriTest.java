package net.zeroxhost.portal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentUriTest {

    private static final String BTC_ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    private static final String LTC_ADDRESS = "ltc1qg82m4jnv3kq0rnk8dxj2ltwdz3xm7cjhd7ydqm";
    private static final String ETH_ADDRESS = "0x7717324E33798466298275C82711084B452A8179";
    private static final String TRON_ADDRESS = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf";

    @Test
    void bitcoinOnTheBitcoinNetworkIsABip21Uri() {
        assertThat(PaymentUri.of("BTC", "Bitcoin", BTC_ADDRESS, new BigDecimal("0.00123")))
                .isEqualTo("bitcoin:" + BTC_ADDRESS + "?amount=0.00123");
    }

    @ParameterizedTest
    @CsvSource({
            "0.00100000, 0.001",
            "0.00000001, 0.00000001",
            "10.00, 10",
            "1E+1, 10",
            "1E-8, 0.00000001"})
    void bitcoinAmountsHaveNoTrailingZerosNorExponent(String amount, String expected) {
        assertThat(PaymentUri.of("btc", "Bitcoin Network", BTC_ADDRESS, new BigDecimal(amount)))
                .isEqualTo("bitcoin:" + BTC_ADDRESS + "?amount=" + expected);
    }

    @Test
    void litecoinOnTheLitecoinNetworkIsALitecoinUri() {
        assertThat(PaymentUri.of("LTC", "Litecoin", LTC_ADDRESS, new BigDecimal("1.50000000")))
                .isEqualTo("litecoin:" + LTC_ADDRESS + "?amount=1.5");
    }

    @Test
    void etherOnEthereumIsAnEip681UriInWei() {
        assertThat(PaymentUri.of("ETH", "Ethereum Network", ETH_ADDRESS, new BigDecimal("0.0358619204")))
                .isEqualTo("ethereum:" + ETH_ADDRESS + "?value=35861920400000000");
    }

    @Test
    void oneWeiIsStillAWholeNumber() {
        assertThat(PaymentUri.of("ETH", "Ethereum Network", ETH_ADDRESS, new BigDecimal("0.000000000000000001")))
                .isEqualTo("ethereum:" + ETH_ADDRESS + "?value=1");
    }

    @Test
    void etherWithMoreDecimalsThanWeiIsTheBareAddress() {
        assertThat(PaymentUri.of("ETH", "Ethereum Network", ETH_ADDRESS, new BigDecimal("0.0000000000000000001")))
                .isEqualTo(ETH_ADDRESS);
        assertThat(PaymentUri.of("ETH", "Ethereum Network", ETH_ADDRESS, new BigDecimal("0.0358619204000000000001")))
                .isEqualTo(ETH_ADDRESS);
    }

    @Test
    void etherOnAnotherNetworkIsTheBareAddress() {
        assertThat(PaymentUri.of("ETH", "BNB Smart Chain", ETH_ADDRESS, new BigDecimal("0.0358619204")))
                .isEqualTo(ETH_ADDRESS);
    }

    @Test
    void etherWithAnAddressThatIsNotHexIsTheBareAddress() {
        String odd = "0x7717324E33798466298275C82711084B452A81";
        assertThat(PaymentUri.of("ETH", "Ethereum Network", odd, new BigDecimal("0.01"))).isEqualTo(odd);
    }

    @Test
    void tetherOnTronIsTheBareAddress() {
        assertThat(PaymentUri.of("USDT", "Tron (TRC20)", TRON_ADDRESS, new BigDecimal("89.97")))
                .isEqualTo(TRON_ADDRESS);
    }

    @Test
    void aTokenOnEthereumIsTheBareAddressNotAnEtherPayment() {
        assertThat(PaymentUri.of("USDT", "Ethereum Network (ERC20)", ETH_ADDRESS, new BigDecimal("89.97")))
                .isEqualTo(ETH_ADDRESS);
    }

    @Test
    void bitcoinOnAnotherNetworkIsTheBareAddress() {
        assertThat(PaymentUri.of("BTC", "BNB Smart Chain", ETH_ADDRESS, new BigDecimal("0.001")))
                .isEqualTo(ETH_ADDRESS);
    }
}
