package net.zeroxhost.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import net.zeroxhost.portal.plan.Plan;
import net.zeroxhost.portal.plan.PlanCatalog;

/** The demo catalog; each plan is one 0xhost server UUID. */
@ApplicationScoped
public class DemoPlans {

    /** The 0xhost servers of the demo plans, by plan; tests route the stand-in 0xhost's answers by them. */
    public static final String STARTER_SERVER_ID = "3b9f8a52-0c6e-4d1f-9b7a-1e2c3d4f5a61";
    public static final String STANDARD_SERVER_ID = "7a1c2e34-5b6d-4f78-9a0b-2c3d4e5f6a72";
    public static final String PERFORMANCE_SERVER_ID = "c4d5e6f7-8a9b-4c0d-8e1f-3a4b5c6d7e83";
    public static final String POWER_SERVER_ID = "e1f2a3b4-c5d6-4e7f-8a9b-4c5d6e7f8a94";

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanCatalog catalog;

    @Transactional
    public void ensure() {
        add(new Plan("Starter", 1, 2, 40, "Frankfurt, DE", new BigDecimal("9.99"), "EUR",
                STARTER_SERVER_ID, 10));
        add(new Plan("Standard", 2, 4, 80, "Amsterdam, NL", new BigDecimal("19.99"), "EUR",
                STANDARD_SERVER_ID, 20));
        add(new Plan("Performance", 4, 8, 160, "Helsinki, FI", new BigDecimal("39.99"), "EUR",
                PERFORMANCE_SERVER_ID, 30));
        add(new Plan("Power", 8, 16, 320, "New York, US", new BigDecimal("89.97"), "USD",
                POWER_SERVER_ID, 40));
    }

    private void add(Plan plan) {
        if (catalog.findByServerId(plan.getOxhostServerId()).isEmpty()) {
            em.persist(plan);
        }
    }
}
