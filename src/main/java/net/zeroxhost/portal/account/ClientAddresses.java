package net.zeroxhost.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whose request this is, for the throttles: the connection's address, unless {@code
 * portal.login.client-address-header} names the header that the portal's own reverse proxy sets.
 * Off by default, because anyone can send that header to a portal that is reached directly.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "portal.login.client-address-header")
    Optional<String> header;

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), header.filter(h -> !h.isBlank()).map(request::getHeader).orElse(null));
    }

    /**
     * The connection's address, or the last entry of the proxy's header: a proxy appends the
     * address it saw, and what comes before it is whatever the client chose to send.
     */
    static String of(String remoteAddr, String proxyHeader) {
        if (proxyHeader == null || proxyHeader.isBlank()) {
            return remoteAddr;
        }
        String[] hops = proxyHeader.split(",", -1);
        String last = hops[hops.length - 1].strip();
        // An address is at most 45 characters (IPv6 with IPv4 inside); anything longer is not one.
        return last.isEmpty() || last.length() > 45 ? remoteAddr : last;
    }
}
