package net.zeroxhost.payara.uriguard;

import java.util.logging.Level;
import java.util.logging.Logger;
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
 * it is changed, since every connection asks this finder first. Where there is nothing to guard (a
 * Payara that builds the chain otherwise), it closes each connection instead of serving it unguarded.
 */
public class UriGuardFinder implements ProtocolFinder {

    private static final Logger LOG = Logger.getLogger(UriGuardFinder.class.getName());

    private volatile boolean installed;

    @Override
    public Result find(PUContext puContext, FilterChainContext ctx) {
        if (!installed && !install(ctx)) {
            ctx.getConnection().closeSilently();
            return Result.NOT_FOUND;
        }
        return Result.FOUND;
    }

    private synchronized boolean install(FilterChainContext ctx) {
        if (installed) {
            return true;
        }
        Filter filter = ctx.getFilterChain().get(ctx.getFilterIdx());
        if (!(filter instanceof PUFilter portUnification)) {
            LOG.log(Level.SEVERE, "The URI guard''s finder runs outside a port-unification filter ({0}): connection closed", filter);
            return false;
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
            LOG.log(Level.SEVERE, "The URI guard found no HTTP server filter to guard in {0}: connection closed", portUnification.getProtocols());
            return false;
        }
        installed = true;
        return true;
    }
}
