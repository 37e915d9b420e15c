package net.zeroxhost.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void withoutTheProxyHeaderTheConnectionsAddressCounts() {
        assertThat(ClientAddresses.of("10.0.0.5", null)).isEqualTo("10.0.0.5");
        assertThat(ClientAddresses.of("10.0.0.5", " ")).isEqualTo("10.0.0.5");
    }

    @Test
    void theProxysOwnEntryIsTheLastNotWhatTheClientSentBeforeIt() {
        assertThat(ClientAddresses.of("127.0.0.1", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddresses.of("127.0.0.1", "1.2.3.4, 5.6.7.8,  203.0.113.7 ")).isEqualTo("203.0.113.7");
        assertThat(ClientAddresses.of("127.0.0.1", "2001:db8::1")).isEqualTo("2001:db8::1");
    }

    @Test
    void anEntryThatCannotBeAnAddressFallsBackToTheConnection() {
        assertThat(ClientAddresses.of("127.0.0.1", "1.2.3.4,")).isEqualTo("127.0.0.1");
        assertThat(ClientAddresses.of("127.0.0.1", "x".repeat(46))).isEqualTo("127.0.0.1");
    }
}
