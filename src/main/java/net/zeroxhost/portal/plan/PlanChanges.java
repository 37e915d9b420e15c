package net.zeroxhost.portal.plan;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Makes the catalog forget its list when a plan is written, whoever writes it (the admin's pages,
 * the demo data, tests): at the write, and again once its transaction has ended, because a read
 * between the two still saw the plans as they were before. An entity listener rather than an event
 * of the admin's service, so that no writer can forget to tell. The catalog is looked up through
 * {@link CDI}: JPA creates the listener, and not every server injects into one.
 */
public class PlanChanges {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Plan plan) {
        PlanCatalog catalog = CDI.current().select(PlanCatalog.class).get();
        catalog.forget();
        TransactionSynchronizationRegistry registry = registry();
        if (registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    catalog.forget();
                }
            });
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return InitialContext.doLookup(REGISTRY);
        } catch (NamingException e) {
            return null;
        }
    }
}
