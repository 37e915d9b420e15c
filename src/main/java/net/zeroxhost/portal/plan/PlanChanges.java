package net.zeroxhost.portal.plan;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import net.zeroxhost.portal.platform.CacheForgetting;

/**
 * Makes the catalog forget its list when a plan is written, whoever writes it (the admin's pages,
 * the demo data, tests), at the write and after its transaction. An entity listener rather than an
 * event of the admin's service, so that no writer can forget to tell. The catalog is looked up
 * through {@link CDI}: JPA creates the listener, and not every server injects into one.
 */
public class PlanChanges {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Plan plan) {
        PlanCatalog catalog = CDI.current().select(PlanCatalog.class).get();
        CacheForgetting.nowAndAfterTheTransaction(catalog::forget);
    }
}
