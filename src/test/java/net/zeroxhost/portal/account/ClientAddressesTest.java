package net.zeroxhost.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void withoutTheProxyHeaderTheConnectionsAddressCounts() {
        assertThat(ClientAddresses.of("10.0.0.5", null)).contains("10.0.0.5");
        assertThat(ClientAddresses.of("203.0.113.7", " ")).contains("203.0.113.7");
    }

    @Test
    void aLoopbackConnectionWithoutTheHeaderHasNoKnownAddress() {
        // Behind a proxy on the same host every customer would share it: one limit for everyone.
        assertThat(ClientAddresses.of("127.0.0.1", null)).isEmpty();
        assertThat(ClientAddresses.of("127.0.0.53", null)).isEmpty();
        assertThat(ClientAddresses.of("0:0:0:0:0:0:0:1", null)).isEmpty();
        assertThat(ClientAddresses.of("::1", "")).isEmpty();
    }

    @Test
    void theProxysOwnEntryIsTheLastNotWhatTheClientSentBeforeIt() {
        assertThat(ClientAddresses.of("127.0.0.1", "203.0.113.7")).contains("203.0.113.7");
        assertThat(ClientAddresses.of("127.0.0.1", "1.2.3.4, 5.6.7.8,  203.0.113.7 ")).contains("203.0.113.7");
        assertThat(ClientAddresses.of("127.0.0.1", "2001:db8::1")).contains("2001:db8::1");
    }

    @Test
    void anEntryThatCannotBeAnAddressFallsBackToTheConnection() {
        assertThat(ClientAddresses.of("127.0.0.1", "1.2.3.4,")).isEmpty();
        assertThat(ClientAddresses.of("10.0.0.5", "x".repeat(46))).contains("10.0.0.5");
    }
}
