package net.zeroxhost.payara.uriguard;

import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.portunif.PUContext;
import org.glassfish.grizzly.portunif.PUFilter;
import org.glassfish.grizzly.portunif.PUProtocol;
import org.glassfish.grizzly.portunif.ProtocolFinder;

/**
 * The one protocol finder of a port-unification protocol that wraps a listener's HTTP protocol
 * (server-config/payara-micro/pre-boot-commands.asadmin, server-config/payara/configure.sh): it
 * routes every connection to that protocol, as the listener would without port unification, and
 * before the first connection goes there it puts a {@link UriGuardFilter} into the protocol's
 * chain, just before Grizzly's {@code HttpServerFilter}. Payara builds that chain after it made this
 * finder, so the finder can reach the chain only at run time; no connection is in the chain yet when
 * it is changed, since every connection asks this finder first.
 */
public class UriGuardFinder implements ProtocolFinder {

    private volatile boolean installed;

    @Override
    public Result find(PUContext puContext, FilterChainContext ctx) {
        if (!installed) {
            install(ctx);
        }
        return Result.FOUND;
    }

    private synchronized void install(FilterChainContext ctx) {
        if (installed) {
            return;
        }
        Filter filter = ctx.getFilterChain().get(ctx.getFilterIdx());
        if (!(filter instanceof PUFilter portUnification)) {
            throw new IllegalStateException("the URI guard's finder runs outside a port-unification filter: " + filter);
        }
        int guarded = 0;
        for (PUProtocol protocol : portUnification.getProtocols()) {
            FilterChain chain = protocol.getFilterChain();
            int server = chain.indexOfType(HttpServerFilter.class);
            if (server >= 0 && chain.indexOfType(UriGuardFilter.class) < 0) {
                chain.add(server, new UriGuardFilter());
            }
            if (chain.indexOfType(UriGuardFilter.class) >= 0) {
                guarded++;
            }
        }
        if (guarded == 0) {
            // Fail closed: a listener configured for the guard never serves unguarded.
            throw new IllegalStateException("the URI guard found no HTTP server filter to guard in " + portUnification.getProtocols());
        }
        installed = true;
    }
}
