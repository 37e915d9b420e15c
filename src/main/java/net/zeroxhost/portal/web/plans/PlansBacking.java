package net.zeroxhost.portal.web.plans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import net.zeroxhost.portal.plan.Plan;
import net.zeroxhost.portal.plan.PlanCatalog;

/** {@code /plans}: the catalog. */
@Named
@RequestScoped
public class PlansBacking {

    @Inject
    PlanCatalog catalog;

    private List<Plan> plans;

    public List<Plan> getPlans() {
        if (plans == null) {
            plans = catalog.activePlans();
        }
        return plans;
    }
}
