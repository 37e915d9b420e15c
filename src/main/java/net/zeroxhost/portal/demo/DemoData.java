package net.zeroxhost.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import net.zeroxhost.portal.account.AccountService;
import net.zeroxhost.portal.account.Role;
import net.zeroxhost.portal.oxhost.OxhostGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo plans and accounts of docs/contract.md, created when {@code portal.demo-data} is true,
 * or, left unset, in the README run while the sandbox answers ({@link #wanted}). Idempotent:
 * existing rows are kept.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Logged at each start with demo data and a real key (the crash test looks for it). */
    public static final String REAL_KEY_WARNING = "DEMO ACCOUNTS ON A PORTAL WITH A REAL 0xhost API KEY:"
            + " admin@example.com can log in with the public password of docs/contract.md. Unset PORTAL_DEMO_DATA"
            + " (or set it to false) anywhere customers pay.";

    public static final String ALICE_OXHOST_USER = "5f0c6a0e-2b1d-4e0a-9a57-0d8f3c2b7a11";
    public static final String BOB_OXHOST_USER = "8d3e1f42-7c9b-4b6e-8f20-4a1d5e6c9b22";

    /** Set or not by the operator (PORTAL_DEMO_DATA); the environment outranks nothing else here. */
    @Inject
    @ConfigProperty(name = "portal.demo-data")
    Optional<Boolean> explicit;

    /** Set by the pom for the README run only, as a system property: a default, never an override. */
    @Inject
    @ConfigProperty(name = "portal.demo-data.readme-run", defaultValue = "false")
    boolean readmeRun;

    @Inject
    OxhostGateway oxhost;

    @Inject
    AccountService accounts;

    @Inject
    DemoPlans plans;

    /**
     * An explicit {@code portal.demo-data} decides. Unset, demo data comes only with the README
     * run and only in the sandbox: its admin's password is public, and a portal holding a real
     * 0xhost key must not get that account because someone started it the README's way.
     */
    static boolean wanted(Optional<Boolean> explicit, boolean readmeRun, boolean sandbox) {
        return explicit.orElse(readmeRun && sandbox);
    }

    @PostConstruct
    void load() {
        if (!wanted(explicit, readmeRun, oxhost.sandbox())) {
            if (explicit.isEmpty() && readmeRun) {
                LOG.warning("No demo data: a 0xhost API key is set, and the demo admin's password is public."
                        + " Set PORTAL_DEMO_DATA=true to have it anyway.");
            }
            return;
        }
        plans.ensure();
        accounts.ensure("alice@example.com", "alice-demo-password", Role.CUSTOMER, ALICE_OXHOST_USER);
        accounts.ensure("bob@example.com", "bob-demo-password", Role.CUSTOMER, BOB_OXHOST_USER);
        accounts.ensure("admin@example.com", "admin-demo-password", Role.ADMIN, null);
        LOG.info("Demo data present: plans, customers alice and bob, admin");
        if (!oxhost.sandbox()) {
            // Wanted for tests against a stand-in, dangerous anywhere else: said at every start.
            LOG.warning(REAL_KEY_WARNING);
        }
    }
}
