package net.zeroxhost.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.invoice.InvoiceAttempt;
import net.zeroxhost.portal.invoice.InvoiceQueries;
import net.zeroxhost.portal.invoice.InvoiceRefusedException;
import net.zeroxhost.portal.invoice.InvoiceService;
import net.zeroxhost.portal.invoice.InvoiceState;
import net.zeroxhost.portal.oxhost.guard.OxhostReadinessCheck;
import net.zeroxhost.portal.plan.Plan;
import net.zeroxhost.portal.testsupport.AtOnce;
import net.zeroxhost.portal.oxhost.guard.OxhostCircuit;
import net.zeroxhost.portal.testsupport.Deployments;
import net.zeroxhost.portal.testsupport.OxhostJournal;
import net.zeroxhost.portal.testsupport.TestCustomers;
import net.zeroxhost.portal.testsupport.TestPlans;
import net.zeroxhost.portal.testsupport.TestTags;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 0xhost hangs while fifty customers ask for invoices at once: the bulkhead bounds the calls in
 * flight, the circuit opens, customers are then told at once that payments are paused (nothing
 * sent), readiness says so, and once 0xhost answers again the circuit closes. Every attempt is on
 * record throughout. The server's own MicroProfile Fault Tolerance does the work, so this runs on
 * each server of the matrix. The deployment shortens the breaker's delay.
 * The latency of the other pages meanwhile is a benchmark (scripts/outage-benchmark), not a test.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(TestTags.PERSISTENCE)
class OutageIT {

    private static final int CUSTOMERS = 50;
    private static final String BREAKER = OxhostCircuit.CONFIG_BREAKER;

    /** OxhostCircuit's bulkhead. */
    private static final int BULKHEAD = 20;

    @Deployment
    static WebArchive deployment() {
        // The breaker's delay shortened from 30 s, so that the test sees it close again.
        return Deployments.withSettings(Deployments.portal()
                        .addClasses(OutageIT.class, AtOnce.class, TestPlans.class, TestCustomers.class, OxhostJournal.class),
                Map.of(BREAKER + "delay", "5000", BREAKER + "delayUnit", "MILLIS"));
    }

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceQueries queries;

    @Inject
    TestCustomers testCustomers;

    @Inject
    TestPlans plans;

    /** Readiness checks carry the @Readiness qualifier and no @Default. */
    @Inject
    @Readiness
    OxhostReadinessCheck readiness;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Test
    void fiftyCustomersDuringAHangAreBoundedThenPausedThenServedAgain() throws Exception {
        Plan hanging = plans.forServer("srv-hang-" + UUID.randomUUID());
        List<Account> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.add(customer());
        }
        Account late = customer();
        Plan healthy = plans.forServer("srv-ok-" + UUID.randomUUID());
        assertEquals("closed", circuit());

        List<Object> results = allAtOnce(customers, hanging);

        // Open now (for the shortened delay): even a plan whose 0xhost server would answer is not called.
        assertEquals(InvoiceRefusedException.Why.PAYMENTS_PAUSED, outcome(late, healthy));
        assertEquals("open", circuit());
        assertTrue(readiness.call().getStatus() == HealthCheckResponse.Status.UP,
                "an open circuit does not take the node out: its other pages still work");
        assertEquals(0, OxhostJournal.invoiceCalls(healthy.getOxhostServerId()));

        int calls = OxhostJournal.invoiceCalls(hanging.getOxhostServerId());
        long paused = results.stream().filter(r -> r == InvoiceRefusedException.Why.PAYMENTS_PAUSED).count();
        assertTrue(calls <= BULKHEAD, "at most the bulkhead's calls in flight, got " + calls);
        assertEquals(CUSTOMERS - paused, calls, "every customer was either sent or told at once: " + results);
        List<InvoiceAttempt> attempts = new ArrayList<>();
        for (Account customer : customers) {
            attempts.addAll(queries.listOwned(customer.getId()));
        }
        assertEquals(CUSTOMERS, attempts.size(), "every attempt is on record");
        assertEquals(calls, attempts.stream().filter(a -> a.getStoredState() == InvoiceState.UNKNOWN).count(),
                "a call that hung may have created an invoice");
        assertEquals(paused, attempts.stream().filter(a -> a.getStoredState() == InvoiceState.FAILED
                && a.getAnswer().getFailureReason().startsWith("not sent:")).count(), "a held call sent nothing");

        // Past the (shortened) delay the breaker lets a call through again, and it opens the invoice.
        Object served = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            served = outcome(late, healthy);
            if (served != InvoiceRefusedException.Why.PAYMENTS_PAUSED) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(200); // the polling interval while the condition is not met
        }
        assertTrue(served instanceof String, "served again after the delay: " + served);
        assertEquals(InvoiceState.OPEN, queries.findOwned((String) served, late.getId()).orElseThrow().getStoredState());
        assertEquals(1, OxhostJournal.invoiceCalls(healthy.getOxhostServerId()));
        assertEquals("closed", circuit());
    }

    private String circuit() {
        Map<String, Object> data = readiness.call().getData().orElseThrow();
        assertNotNull(data.get("circuit"));
        return data.get("circuit").toString();
    }

    /** The attempt id, or why it was refused. */
    private Object outcome(Account customer, Plan plan) {
        try {
            return invoices.requestInvoice(customer.getId(), plan.getId(), UUID.randomUUID().toString());
        } catch (InvoiceRefusedException e) {
            return e.why();
        }
    }

    private List<Object> allAtOnce(List<Account> customers, Plan plan) throws Exception {
        List<Callable<Object>> tasks = new ArrayList<>();
        for (Account customer : customers) {
            tasks.add(() -> outcome(customer, plan));
        }
        return AtOnce.call(threads, tasks, Duration.ofSeconds(90));
    }

    private Account customer() {
        return testCustomers.create("outage");
    }
}
