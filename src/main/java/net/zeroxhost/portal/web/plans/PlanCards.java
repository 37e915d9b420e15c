package net.zeroxhost.portal.web.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import net.zeroxhost.portal.plan.Plan;
import net.zeroxhost.portal.web.Format;
import net.zeroxhost.portal.web.Texts;

/**
 * The catalog's cards, made once per list the catalog keeps ({@code PlanCatalog.activePlans}
 * answers the same list until a plan changes or it expires). Formatting each plan's texts on every
 * view of the page, through a Faces message component per text, was a fifth of the page's
 * rendering (docs/performance.md).
 */
@ApplicationScoped
public class PlanCards {

    @Inject
    Format format;

    private volatile Made made;

    private record Made(List<Plan> from, Locale locale, List<PlanCard> cards) {
    }

    /** The cards of {@code plans}, in their order, with the texts of {@code locale}. */
    public List<PlanCard> of(List<Plan> plans, Locale locale) {
        Made known = made;
        // The very list, not an equal one: the catalog hands out a new list whenever it read again.
        if (known != null && known.from() == plans && known.locale().equals(locale)) {
            return known.cards();
        }
        List<PlanCard> cards = plans.stream().map(this::card).toList();
        made = new Made(plans, locale, cards);
        return cards;
    }

    private PlanCard card(Plan plan) {
        return new PlanCard(plan.getId(), plan.getName(), String.valueOf(plan.getVcpu()),
                Texts.get("plans.ramValue", plan.getRamGb()), Texts.get("plans.diskValue", plan.getDiskGb()),
                plan.getLocation(), format.money(plan.getMonthlyPrice(), plan.getCurrency()),
                Texts.get("plans.choose", plan.getName()));
    }
}
