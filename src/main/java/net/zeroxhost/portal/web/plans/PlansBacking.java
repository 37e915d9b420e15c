package net.zeroxhost.portal.web.plans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import net.zeroxhost.portal.plan.PlanCatalog;

/** {@code /plans}: the catalog. */
@Named
@RequestScoped
public class PlansBacking {

    @Inject
    PlanCatalog catalog;

    @Inject
    PlanCards cards;

    @Inject
    FacesContext faces;

    private List<PlanCard> plans;

    public List<PlanCard> getPlans() {
        if (plans == null) {
            plans = cards.of(catalog.activePlans(), faces.getViewRoot().getLocale());
        }
        return plans;
    }
}
