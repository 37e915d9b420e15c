package net.zeroxhost.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import net.zeroxhost.portal.account.AccountService;
import net.zeroxhost.portal.account.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo plans and accounts of docs/contract.md, created only when {@code portal.demo-data} is true
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
        LOG.info("Demo data present: plans, customers alice and bob, admin");
    }
}
