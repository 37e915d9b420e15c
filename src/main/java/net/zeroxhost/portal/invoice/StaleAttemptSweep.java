package net.zeroxhost.portal.invoice;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes sure no attempt says "being created" for ever: at start-up (after a crash) and every
 * minute, attempts REQUESTED for longer than the whole exchange may take become UNKNOWN. Safe
 * on several nodes at once: the move is one guarded UPDATE. A timer that is not persistent, so
 * a node that is down simply misses its turns.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaleAttemptSweep {

    private static final Logger LOG = Logger.getLogger(StaleAttemptSweep.class.getName());

    @Inject
    InvoiceService invoices;

    @PostConstruct
    void atStartUp() {
        sweep();
    }

    @Schedule(hour = "*", minute = "*", second = "17", persistent = false)
    void everyMinute() {
        sweep();
    }

    private void sweep() {
        try {
            int moved = invoices.giveUpOnStaleAttempts();
            if (moved > 0) {
                LOG.warning(() -> moved + " invoice attempt(s) had no recorded outcome past the deadline: now UNKNOWN");
            }
        } catch (RuntimeException e) {
            // The next turn tries again; a sweep must never stop the portal from starting.
            LOG.log(Level.WARNING, "Sweeping stale invoice attempts failed", e);
        }
    }
}
