package net.zeroxhost.portal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import net.zeroxhost.portal.plan.Plan;
import net.zeroxhost.portal.plan.PlanCatalog;

/** {@code /admin/plans}: every plan, the retired ones after the catalog's. */
@Named
@RequestScoped
public class AdminPlansBacking {

    @Inject
    PlanCatalog catalog;

    private List<Plan> plans;

    public List<Plan> getPlans() {
        if (plans == null) {
            plans = catalog.allPlans();
        }
        return plans;
    }
}
