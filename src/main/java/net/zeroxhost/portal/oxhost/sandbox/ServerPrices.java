package net.zeroxhost.portal.oxhost.sandbox;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the sandbox must know to answer like 0xhost: the price of each 0xhost server. The real
 * 0xhost knows its own prices; the sandbox is told them by whoever sells those servers (the plan
 * catalog), through this port, so that nothing here depends on the portal's own model.
 */
public interface ServerPrices {

    /** The price 0xhost would invoice for one of its servers. */
    record Price(BigDecimal amount, String currency) {
    }

    /** Empty when no such server is known: the sandbox then answers "Server not found". */
    Optional<Price> of(String serverId);
}
