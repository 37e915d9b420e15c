package net.zeroxhost.portal.payment;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the QR code of a payment page encodes: a payment URI that wallets of that network read (BIP-21
 * for Bitcoin and its Litecoin twin, EIP-681 with a chain id for the native coin of an EVM chain), so
 * the wallet fills in the amount and the chain too; for anything else, the bare address, which every
 * wallet reads.
 *
 * <p>0xhost names the network in free text. A URI that a wallet reads as another chain sends the coins
 * where the invoice never sees them, so the network is looked up in a closed table of names; a name
 * that is not in it, or a coin that is not the native coin of its chain (a token such as USDT), gets
 * the bare address and the customer picks the network by the page's warning.
 */
public final class PaymentUri {

    private static final String BIP21_ADDRESS = "[A-Za-z0-9]+";
    private static final String EVM_ADDRESS = "0x[0-9a-fA-F]{40}";

    // Words 0xhost and exchanges add to a network's name without changing which network it is.
    private static final Set<String> FILLER = Set.of("network", "mainnet");

    private static final Map<String, Chain> NETWORKS = table(
            bip21("bitcoin", "BTC", "bitcoin", "btc", "bitcoin btc"),
            bip21("litecoin", "LTC", "litecoin", "ltc", "litecoin ltc"),
            // Exchanges label Ethereum itself "ERC20" after its token standard: ether there is mainnet ether.
            eip681(1, Set.of("ETH"), "ethereum", "eth", "ethereum erc20", "erc20", "ethereum eth"),
            // "Arbitrum" alone could be Arbitrum Nova, another chain.
            eip681(42161, Set.of("ETH"), "arbitrum one"),
            // "OP Mainnet" is Optimism's own name for it.
            eip681(10, Set.of("ETH"), "optimism", "op"),
            eip681(8453, Set.of("ETH"), "base"),
            // "BNB Chain" alone is left out: it also named the BEP2 Beacon Chain.
            eip681(56, Set.of("BNB"), "bnb smart chain", "bnb smart chain bep20", "binance smart chain",
                    "binance smart chain bep20", "bsc", "bsc bep20", "bep20"),
            // MATIC became POL in place on Polygon PoS, so either ticker is the native coin.
            eip681(137, Set.of("POL", "MATIC"), "polygon", "polygon pos", "matic"),
            // Listed though they get what an unknown name gets, so that no one adds them to a row above.
            // No URI scheme that Tron wallets agree on; TRC20 tokens would need their contract anyway.
            addressOnly("tron", "tron trc20", "trc20", "trx"),
            // The address is an invoice or LNURL, not an on-chain address: bitcoin: would pay on-chain.
            addressOnly("lightning", "bitcoin lightning", "lightning btc", "btc lightning"));

    private PaymentUri() {
    }

    public static String of(String payCurrency, String network, String address, BigDecimal payAmount) {
        Chain chain = NETWORKS.get(normalise(network));
        if (chain == null || address == null || payCurrency == null || payAmount == null
                || payAmount.signum() <= 0
                || !chain.coins().contains(payCurrency.strip().toUpperCase(Locale.ROOT))) {
            return address;
        }
        return chain.uri(address, payAmount).orElse(address);
    }

    /** So that "Ethereum Network", "ethereum-network" and " ETHEREUM  " are the one name of the table. */
    static String normalise(String network) {
        if (network == null) {
            return "";
        }
        String words = network.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip()
                // "ERC-20" and "ERC20" are both common spellings of the one standard.
                .replaceAll("\\b(?<standard>erc|bep|trc) 20\\b", "${standard}20");
        return Arrays.stream(words.split(" "))
                .filter(word -> !FILLER.contains(word))
                .collect(Collectors.joining(" "));
    }

    private enum Kind { BIP21, EIP681, ADDRESS_ONLY }

    private record Chain(Kind kind, String scheme, Set<String> coins, long chainId, List<String> names) {

        Optional<String> uri(String address, BigDecimal amount) {
            switch (kind) {
                case BIP21 -> {
                    // A wallet would round an amount finer than a satoshi and underpay.
                    if (!address.matches(BIP21_ADDRESS) || amount.stripTrailingZeros().scale() > 8) {
                        return Optional.empty();
                    }
                    return Optional.of(scheme + ":" + address + "?amount="
                            + amount.stripTrailingZeros().toPlainString());
                }
                case EIP681 -> {
                    BigDecimal wei = amount.movePointRight(18);
                    if (!address.matches(EVM_ADDRESS) || wei.stripTrailingZeros().scale() > 0) {
                        return Optional.empty();
                    }
                    // Without the chain id a wallet pays on whichever chain it is set to.
                    return Optional.of(scheme + ":" + address + "@" + chainId + "?value="
                            + wei.toBigIntegerExact());
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
    }

    private static Chain bip21(String scheme, String coin, String... names) {
        return new Chain(Kind.BIP21, scheme, Set.of(coin), 0, List.of(names));
    }

    // All the native coins here have 18 decimals, the unit of EIP-681's value.
    private static Chain eip681(long chainId, Set<String> coins, String... names) {
        return new Chain(Kind.EIP681, "ethereum", coins, chainId, List.of(names));
    }

    private static Chain addressOnly(String... names) {
        return new Chain(Kind.ADDRESS_ONLY, null, Set.of(), 0, List.of(names));
    }

    private static Map<String, Chain> table(Chain... chains) {
        Map<String, Chain> byName = new HashMap<>();
        for (Chain chain : chains) {
            for (String name : chain.names()) {
                if (!name.equals(normalise(name)) || byName.put(name, chain) != null) {
                    throw new IllegalStateException("network name not normalised or listed twice: " + name);
                }
            }
        }
        return Map.copyOf(byName);
    }
}
