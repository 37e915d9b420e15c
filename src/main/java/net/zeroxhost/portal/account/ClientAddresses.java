package net.zeroxhost.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whose request this is, for the throttles: the address of the proxy header named by {@code
 * portal.login.client-address-header}, or else the connection's address, unless that is a
 * loopback one. The portal listens on loopback by default, behind a reverse proxy on the same
 * host: without the header every customer comes from 127.0.0.1, and a limit per address would
 * then be one limit for everyone (a hundred failed logins would close the login to all). So a
 * loopback connection without the header has no known address, and the limits per address leave
 * it alone. The header is off by default, because anyone can send it to a portal reached directly.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "portal.login.client-address-header")
    Optional<String> header;

    public Optional<String> of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), header.filter(h -> !h.isBlank()).map(request::getHeader).orElse(null));
    }

    /**
     * The last entry of the proxy's header (a proxy appends the address it saw; what comes before
     * it is whatever the client chose to send), else the connection's address if it is not loopback.
     */
    static Optional<String> of(String remoteAddr, String proxyHeader) {
        if (proxyHeader != null && !proxyHeader.isBlank()) {
            String[] hops = proxyHeader.split(",", -1);
            String last = hops[hops.length - 1].strip();
            // An address is at most 45 characters (IPv6 with IPv4 inside); anything longer is not one.
            if (!last.isEmpty() && last.length() <= 45) {
                return Optional.of(last);
            }
        }
        return isLoopback(remoteAddr) ? Optional.empty() : Optional.ofNullable(remoteAddr);
    }

    private static boolean isLoopback(String address) {
        if (address == null) {
            return true;
        }
        try {
            // An IP literal, as getRemoteAddr gives it: parsed, never looked up.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
