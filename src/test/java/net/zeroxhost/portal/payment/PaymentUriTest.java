package net.zeroxhost.portal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentUriTest {

    private static final String BTC_ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    private static final String LTC_ADDRESS = "ltc1qg82m4jnv3kq0rnk8dxj2ltwdz3xm7cjhd7ydqm";
    private static final String ETH_ADDRESS = "0x7717324E33798466298275C82711084B452A8179";
    private static final String TRON_ADDRESS = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf";
    private static final String LIGHTNING_INVOICE =
            "lnbc2500u1pvjluezpp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4js";

    private static String address(String kind) {
        return switch (kind) {
            case "BTC" -> BTC_ADDRESS;
            case "LTC" -> LTC_ADDRESS;
            case "EVM" -> ETH_ADDRESS;
            case "TRON" -> TRON_ADDRESS;
            case "LN" -> LIGHTNING_INVOICE;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    // One row per network of the table, named as 0xhost names it.
    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource({
            "Bitcoin,                 BTC, BTC,  0.00123,      bitcoin:{address}?amount=0.00123",
            "Litecoin,                LTC, LTC,  1.50000000,   litecoin:{address}?amount=1.5",
            "Ethereum Network,        ETH, EVM,  0.0358619204, ethereum:{address}@1?value=35861920400000000",
            "Arbitrum One,            ETH, EVM,  0.0358619204, ethereum:{address}@42161?value=35861920400000000",
            "Optimism,                ETH, EVM,  0.0358619204, ethereum:{address}@10?value=35861920400000000",
            "Base,                    ETH, EVM,  0.0358619204, ethereum:{address}@8453?value=35861920400000000",
            "BNB Smart Chain (BEP20), BNB, EVM,  0.15,         ethereum:{address}@56?value=150000000000000000",
            "Polygon,                 POL, EVM,  12.5,         ethereum:{address}@137?value=12500000000000000000",
            "Tron (TRC20),            TRX, TRON, 250,          {address}",
            "Lightning,               BTC, LN,   0.00025,      {address}"})
    void eachNetworkOfTheTableHasItsUri(String network, String coin, String kind, String amount, String expected) {
        String address = address(kind);

        assertThat(PaymentUri.of(coin, network, address, new BigDecimal(amount)))
                .isEqualTo(expected.replace("{address}", address));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Bitcoin Network,            BTC, bitcoin:",
            "BTC,                        BTC, bitcoin:",
            "Bitcoin (BTC),              BTC, bitcoin:",
            "Bitcoin Mainnet,            BTC, bitcoin:",
            "Litecoin Network,           LTC, litecoin:",
            "LTC,                        LTC, litecoin:",
            "Ethereum,                   ETH, ethereum:{address}@1?",
            "ETH,                        ETH, ethereum:{address}@1?",
            "Ethereum (ERC20),           ETH, ethereum:{address}@1?",
            "Ethereum Network (ERC-20),  ETH, ethereum:{address}@1?",
            "ERC20,                      ETH, ethereum:{address}@1?",
            "Ethereum Mainnet,           ETH, ethereum:{address}@1?",
            "Arbitrum One Network,       ETH, ethereum:{address}@42161?",
            "OP Mainnet,                 ETH, ethereum:{address}@10?",
            "Optimism Network,           ETH, ethereum:{address}@10?",
            "Base Network,               ETH, ethereum:{address}@8453?",
            "Base Mainnet,               ETH, ethereum:{address}@8453?",
            "BNB Smart Chain,            BNB, ethereum:{address}@56?",
            "Binance Smart Chain,        BNB, ethereum:{address}@56?",
            "Binance Smart Chain (BEP-20), BNB, ethereum:{address}@56?",
            "BSC,                        BNB, ethereum:{address}@56?",
            "BSC (BEP20),                BNB, ethereum:{address}@56?",
            "BEP20,                      BNB, ethereum:{address}@56?",
            "Polygon Network,            POL, ethereum:{address}@137?",
            "Polygon PoS,                POL, ethereum:{address}@137?",
            "Polygon,                    MATIC, ethereum:{address}@137?",
            "MATIC,                      MATIC, ethereum:{address}@137?"})
    void everyNameOfANetworkIsThatNetwork(String network, String coin, String expectedStart) {
        String address = coin.equals("BTC") ? BTC_ADDRESS : coin.equals("LTC") ? LTC_ADDRESS : ETH_ADDRESS;

        assertThat(PaymentUri.of(coin, network, address, new BigDecimal("0.01")))
                .startsWith(expectedStart.replace("{address}", address));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            "ethereum network", "ETHEREUM NETWORK", "  Ethereum   Network  ", "Ethereum\tNetwork",
            "Ethereum\u00a0Network", "ethereum-network", "Ethereum_Network", "Ethereum.Network", "ethereum (erc20)",
            "Ethereum Network (ERC20)", "ETHEREUM (ERC 20)"})
    void theNetworkNameIgnoresCaseSpacingAndPunctuation(String network) {
        assertThat(PaymentUri.of("ETH", network, ETH_ADDRESS, new BigDecimal("0.0358619204")))
                .isEqualTo("ethereum:" + ETH_ADDRESS + "@1?value=35861920400000000");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"ETH", "eth", " Eth ", "eth\t"})
    void theCoinIgnoresCaseAndSpaces(String coin) {
        assertThat(PaymentUri.of(coin, "Arbitrum One", ETH_ADDRESS, new BigDecimal("1")))
                .isEqualTo("ethereum:" + ETH_ADDRESS + "@42161?value=1000000000000000000");
    }

    // Each of these would have a wallet pay on another chain, or pay another coin, than the invoice.
    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource({
            // An L2's or a sidechain's ether is not to be sent as mainnet ether, nor by a guess at which L2.
            "Arbitrum,                  ETH",
            "Arbitrum Nova,             ETH",
            "Arbitrum (ETH),            ETH",
            "Ethereum (Arbitrum),       ETH",
            "zkSync Era,                ETH",
            "Linea,                     ETH",
            "Polygon zkEVM,             ETH",
            "Scroll,                    ETH",
            // Ether on BNB Smart Chain or Polygon is a pegged token, not the chain's native coin.
            "BNB Smart Chain (BEP20),   ETH",
            "BNB Smart Chain,           ETH",
            "Polygon,                   ETH",
            // BEP2 was the Beacon Chain, whose addresses are not EVM's; "BNB Chain" may name either.
            "BNB Beacon Chain (BEP2),   BNB",
            "BNB Chain,                 BNB",
            "BEP2,                      BNB",
            // A chain's native coin with another chain's name.
            "Ethereum Network (ERC20),  BNB",
            "Ethereum Network,          MATIC",
            "Ethereum Network,          POL",
            "Arbitrum One,              BNB",
            // Tokens: no contract address to name, so no EIP-681 transfer.
            "Ethereum Network (ERC20),  USDT",
            "Ethereum Network,          USDC",
            "BNB Smart Chain (BEP20),   USDT",
            "Polygon,                   USDT",
            "Arbitrum One,              USDT",
            "Optimism,                  USDC",
            "Base,                      USDC",
            "Arbitrum One,              ARB",
            // Testnets and forks.
            "Ethereum Sepolia,          ETH",
            "Sepolia,                   ETH",
            "Ethereum Testnet,          ETH",
            "Base Sepolia,              ETH",
            "Ethereum Classic,          ETH",
            "Ethereum Classic,          ETC",
            "BSC Testnet,               BNB"})
    void anEvmCoinOffTheTableIsTheBareAddress(String network, String coin) {
        assertThat(PaymentUri.of(coin, network, ETH_ADDRESS, new BigDecimal("0.01"))).isEqualTo(ETH_ADDRESS);
    }

    // bitcoin: would have a wallet pay on-chain, where a Lightning invoice is never settled.
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            "Lightning", "Lightning Network", "Bitcoin Lightning", "Bitcoin (Lightning)", "Lightning (BTC)",
            "BTC Lightning", "Bitcoin Lightning Network", "Lightning BTC"})
    void bitcoinOverLightningIsTheBareInvoice(String network) {
        assertThat(PaymentUri.of("BTC", network, LIGHTNING_INVOICE, new BigDecimal("0.00025")))
                .isEqualTo(LIGHTNING_INVOICE);
    }

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource({
            "Tron (TRC20),      USDT",
            "Tron,              TRX",
            "TRON Network,      TRX",
            "TRC20,             USDT",
            "Tron (TRC-20),     USDT",
            "TRX,               TRX"})
    void anythingOnTronIsTheBareAddress(String network, String coin) {
        assertThat(PaymentUri.of(coin, network, TRON_ADDRESS, new BigDecimal("89.97"))).isEqualTo(TRON_ADDRESS);
    }

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource({
            "Bitcoin Testnet,          BTC",
            "Bitcoin Cash,             BCH",
            "Bitcoin Cash,             BTC",
            "Bitcoin SV,               BTC",
            "BNB Smart Chain,          BTC",
            "BNB Smart Chain (BEP20),  BTCB",
            "Ethereum Network (ERC20), WBTC",
            "Bitcoin,                  LTC",
            "Litecoin,                 BTC",
            "Litecoin Testnet,         LTC"})
    void aBitcoinLikeCoinOffTheTableIsTheBareAddress(String network, String coin) {
        assertThat(PaymentUri.of(coin, network, BTC_ADDRESS, new BigDecimal("0.001"))).isEqualTo(BTC_ADDRESS);
    }

    @ParameterizedTest(name = "{1} on [{0}]")
    @CsvSource({
            "Solana,            SOL",
            "Solana Network,    SOL",
            "Dogecoin,          DOGE",
            "TON,               TON",
            "Monero,            XMR",
            "Avalanche C-Chain, AVAX",
            "Network,           ETH",
            "Mainnet,           ETH",
            "'',                BTC",
            "'   ',             ETH",
            "Ethereum Network,  ''"})
    void anUnknownNetworkOrCoinIsTheBareAddress(String network, String coin) {
        assertThat(PaymentUri.of(coin, network, ETH_ADDRESS, new BigDecimal("1"))).isEqualTo(ETH_ADDRESS);
    }

    @Test
    void noNetworkOrNoCoinIsTheBareAddress() {
        assertThat(PaymentUri.of("ETH", null, ETH_ADDRESS, new BigDecimal("1"))).isEqualTo(ETH_ADDRESS);
        assertThat(PaymentUri.of(null, "Ethereum Network", ETH_ADDRESS, new BigDecimal("1"))).isEqualTo(ETH_ADDRESS);
        assertThat(PaymentUri.of("BTC", "Bitcoin", BTC_ADDRESS, null)).isEqualTo(BTC_ADDRESS);
    }

    @ParameterizedTest
    @CsvSource({
            "0.00100000, 0.001",
            "0.00000001, 0.00000001",
            "10.00, 10",
            "1E+1, 10",
            "1E-8, 0.00000001",
            "21000000, 21000000",
            "0.123456780000, 0.12345678"})
    void bitcoinAmountsHaveNoTrailingZerosNorExponent(String amount, String expected) {
        assertThat(PaymentUri.of("btc", "Bitcoin Network", BTC_ADDRESS, new BigDecimal(amount)))
                .isEqualTo("bitcoin:" + BTC_ADDRESS + "?amount=" + expected);
    }

    // A wallet would round such an amount to whole satoshis and underpay, or refuse it.
    @ParameterizedTest
    @ValueSource(strings = {"0.000000001", "0.123456789", "1E-9"})
    void anAmountFinerThanASatoshiIsTheBareAddress(String amount) {
        assertThat(PaymentUri.of("BTC", "Bitcoin", BTC_ADDRESS, new BigDecimal(amount))).isEqualTo(BTC_ADDRESS);
        assertThat(PaymentUri.of("LTC", "Litecoin", LTC_ADDRESS, new BigDecimal(amount))).isEqualTo(LTC_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00000000", "-0.001"})
    void anAmountThatIsNotPositiveIsTheBareAddress(String amount) {
        assertThat(PaymentUri.of("BTC", "Bitcoin", BTC_ADDRESS, new BigDecimal(amount))).isEqualTo(BTC_ADDRESS);
        assertThat(PaymentUri.of("ETH", "Ethereum Network", ETH_ADDRESS, new BigDecimal(amount)))
                .isEqualTo(ETH_ADDRESS);
    }

    @Test
    void oneWeiIsStillAWholeNumber() {
        assertThat(PaymentUri.of("ETH", "Ethereum Network", ETH_ADDRESS, new BigDecimal("0.000000000000000001")))
                .isEqualTo("ethereum:" + ETH_ADDRESS + "@1?value=1");
    }

    @ParameterizedTest
    @CsvSource({
            "1E+3, 1000000000000000000000",
            "123456789.123456789123456789, 123456789123456789123456789",
            "0.100, 100000000000000000"})
    void weiIsAPlainIntegerWithoutExponent(String amount, String wei) {
        assertThat(PaymentUri.of("ETH", "Base", ETH_ADDRESS, new BigDecimal(amount)))
                .isEqualTo("ethereum:" + ETH_ADDRESS + "@8453?value=" + wei);
    }

    @Test
    void etherWithMoreDecimalsThanWeiIsTheBareAddress() {
        assertThat(PaymentUri.of("ETH", "Ethereum Network", ETH_ADDRESS, new BigDecimal("0.0000000000000000001")))
                .isEqualTo(ETH_ADDRESS);
        assertThat(PaymentUri.of("ETH", "Ethereum Network", ETH_ADDRESS, new BigDecimal("0.0358619204000000000001")))
                .isEqualTo(ETH_ADDRESS);
        assertThat(PaymentUri.of("BNB", "BNB Smart Chain (BEP20)", ETH_ADDRESS, new BigDecimal("1E-19")))
                .isEqualTo(ETH_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0x7717324E33798466298275C82711084B452A81",
            "0x7717324E33798466298275C82711084B452A817900",
            "7717324E33798466298275C82711084B452A8179",
            "0x7717324E33798466298275C82711084B452A817G",
            "vitalik.eth"})
    void anEvmAddressThatIsNotHexIsTheBareAddress(String odd) {
        assertThat(PaymentUri.of("ETH", "Ethereum Network", odd, new BigDecimal("0.01"))).isEqualTo(odd);
        assertThat(PaymentUri.of("BNB", "BSC", odd, new BigDecimal("0.01"))).isEqualTo(odd);
    }

    // An address that carries URI syntax would add or change parameters of the URI.
    @ParameterizedTest
    @ValueSource(strings = {BTC_ADDRESS + "?amount=0.0001", BTC_ADDRESS + "&x=1", "bc1q ar0s", "bitcoin:" + BTC_ADDRESS})
    void aBitcoinAddressWithUriSyntaxIsTheBareAddress(String odd) {
        assertThat(PaymentUri.of("BTC", "Bitcoin", odd, new BigDecimal("0.001"))).isEqualTo(odd);
    }

    @ParameterizedTest
    @CsvSource({
            "'  Ethereum   Network (ERC-20) ', ethereum erc20",
            "Arbitrum One Mainnet,             arbitrum one",
            "OP Mainnet,                       op",
            "BNB_Smart-Chain (BEP 20),         bnb smart chain bep20",
            "Tron (TRC20),                     tron trc20",
            "Network,                          ''",
            "ERC200,                           erc200"})
    void namesAreNormalisedToTheWordsThatTellNetworksApart(String network, String normalised) {
        assertThat(PaymentUri.normalise(network)).isEqualTo(normalised);
    }
}
