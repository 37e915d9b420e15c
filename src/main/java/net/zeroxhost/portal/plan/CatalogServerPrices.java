package net.zeroxhost.portal.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import net.zeroxhost.portal.oxhost.sandbox.ServerPrices;

/** Tells the sandbox the catalog's price of each 0xhost server, retired plans included. */
@ApplicationScoped
public class CatalogServerPrices implements ServerPrices {

    @Inject
    PlanCatalog catalog;

    @Override
    public Optional<Price> of(String serverId) {
        return catalog.findByServerId(serverId).map(plan -> new Price(plan.getMonthlyPrice(), plan.getCurrency()));
    }
}
