package net.zeroxhost.portal.payment;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What the QR code of a payment page encodes: a payment URI that wallets of that network read
 * (BIP-21 for Bitcoin and its Litecoin twin, EIP-681 for ether on Ethereum), so the wallet fills in
 * the amount too; for any other coin or network, the bare address, which every wallet reads.
 */
public final class PaymentUri {

    private static final BigDecimal WEI_PER_ETHER = BigDecimal.TEN.pow(18);

    private PaymentUri() {
    }

    public static String of(String payCurrency, String network, String address, BigDecimal payAmount) {
        String coin = payCurrency.toUpperCase(Locale.ROOT);
        String net = network.toLowerCase(Locale.ROOT);
        if (coin.equals("BTC") && mentions(net, "bitcoin", "btc")) {
            return "bitcoin:" + address + "?amount=" + payAmount.stripTrailingZeros().toPlainString();
        }
        if (coin.equals("LTC") && mentions(net, "litecoin", "ltc")) {
            return "litecoin:" + address + "?amount=" + payAmount.stripTrailingZeros().toPlainString();
        }
        if (coin.equals("ETH") && mentions(net, "ethereum", "erc20", "erc-20") && isHexAddress(address)) {
            BigDecimal wei = payAmount.multiply(WEI_PER_ETHER);
            if (wei.stripTrailingZeros().scale() <= 0) {
                return "ethereum:" + address + "?value=" + wei.toBigIntegerExact();
            }
        }
        return address;
    }

    private static boolean mentions(String network, String... names) {
        for (String name : names) {
            if (network.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHexAddress(String address) {
        return address.matches("0x[0-9a-fA-F]{40}");
    }
}
