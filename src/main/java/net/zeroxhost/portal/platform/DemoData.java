package net.zeroxhost.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.logging.Logger;
import net.zeroxhost.portal.account.AccountService;
import net.zeroxhost.portal.account.Role;
import net.zeroxhost.portal.plan.Plan;
import net.zeroxhost.portal.plan.PlanCatalog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo plans and accounts of PRODUCT.md, created only when {@code portal.demo-data} is true
 * (the README run sets it; a deployed WAR defaults to false). Idempotent: existing rows are kept.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    public static final String ALICE_OXHOST_USER = "5f0c6a0e-2b1d-4e0a-9a57-0d8f3c2b7a11";
    public static final String BOB_OXHOST_USER = "8d3e1f42-7c9b-4b6e-8f20-4a1d5e6c9b22";

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    AccountService accounts;

    @Inject
    PlanCatalog catalog;

    @Inject
    DemoPlans plans;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        plans.ensure();
        accounts.ensure("alice@example.com", "alice-demo-password", Role.CUSTOMER, ALICE_OXHOST_USER);
        accounts.ensure("bob@example.com", "bob-demo-password", Role.CUSTOMER, BOB_OXHOST_USER);
        accounts.ensure("admin@example.com", "admin-demo-password", Role.ADMIN, null);
        LOG.info("Demo data present: " + catalog.activePlans().size() + " plans, customers alice and bob, admin");
    }

    /** The demo catalog; each plan is one 0xhost server UUID. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class DemoPlans {

        @PersistenceContext
        EntityManager em;

        @Inject
        PlanCatalog catalog;

        @jakarta.transaction.Transactional
        public void ensure() {
            add(new Plan("Starter", 1, 2, 40, "Frankfurt, DE", new BigDecimal("9.99"), "EUR",
                    "3b9f8a52-0c6e-4d1f-9b7a-1e2c3d4f5a61", 10));
            add(new Plan("Standard", 2, 4, 80, "Amsterdam, NL", new BigDecimal("19.99"), "EUR",
                    "7a1c2e34-5b6d-4f78-9a0b-2c3d4e5f6a72", 20));
            add(new Plan("Performance", 4, 8, 160, "Helsinki, FI", new BigDecimal("39.99"), "EUR",
                    "c4d5e6f7-8a9b-4c0d-8e1f-3a4b5c6d7e83", 30));
            add(new Plan("Power", 8, 16, 320, "New York, US", new BigDecimal("89.97"), "USD",
                    "e1f2a3b4-c5d6-4e7f-8a9b-4c5d6e7f8a94", 40));
        }

        private void add(Plan plan) {
            if (catalog.findByServerId(plan.getOxhostServerId()).isEmpty()) {
                em.persist(plan);
            }
        }
    }
}
