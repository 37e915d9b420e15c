package net.zeroxhost.portal.platform;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * For the entity listeners that keep an in-memory copy true: forget the copy at the write, and
 * again once its transaction has ended, because a read between the two still saw the rows as they
 * were before.
 */
public final class CacheForgetting {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private CacheForgetting() {
    }

    public static void nowAndAfterTheTransaction(Runnable forget) {
        forget.run();
        TransactionSynchronizationRegistry registry = registry();
        if (registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    forget.run();
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
