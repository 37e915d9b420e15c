package net.zeroxhost.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.invoice.InvoiceQueries;
import net.zeroxhost.portal.invoice.InvoiceService;
import net.zeroxhost.portal.invoice.InvoiceState;
import net.zeroxhost.portal.plan.Plan;
import net.zeroxhost.portal.testsupport.AtOnce;
import net.zeroxhost.portal.testsupport.Deployments;
import net.zeroxhost.portal.testsupport.OxhostJournal;
import net.zeroxhost.portal.testsupport.TestCustomers;
import net.zeroxhost.portal.testsupport.TestPlans;
import net.zeroxhost.portal.testsupport.TestTags;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Races on the invoice service in the container: many submissions released at one moment on
 * threads of the server's own ManagedThreadFactory (so each has the container's context, as a
 * request thread would), with the upstream calls counted in WireMock's journal. Over HTTP, the
 * same race for twenty customers runs in SandboxIT.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(TestTags.PERSISTENCE)
class ConcurrencyIT {

    private static final int RACERS = 20;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(ConcurrencyIT.class, AtOnce.class, TestPlans.class, TestCustomers.class, OxhostJournal.class);
    }

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceQueries queries;

    @Inject
    TestCustomers testCustomers;

    @Inject
    TestPlans plans;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    /** A double click, a hammered button, a form resubmitted from twenty tabs: one invoice. */
    @Test
    void twentySubmissionsOfTheSameFormCallOxhostOnceAndMakeOneInvoice() throws Exception {
        Account customer = customer();
        Plan plan = plans.forServer("srv-ok-" + UUID.randomUUID());
        String key = UUID.randomUUID().toString();

        List<String> ids = atOnce(RACERS, i -> () -> invoices.requestInvoice(customer.getId(), plan.getId(), key));

        assertEquals(1, Set.copyOf(ids).size(), "every submission shows the same attempt: " + ids);
        assertEquals(1, OxhostJournal.invoiceCalls(plan.getOxhostServerId()), "upstream calls");
        assertEquals(InvoiceState.OPEN, queries.findOwned(ids.get(0), customer.getId()).orElseThrow().getStoredState());
        assertEquals(1, queries.listOwned(customer.getId()).size(), "invoices of the customer");
    }

    /** Different customers never wait for, or get, each other's invoice. */
    @Test
    void twentyCustomersAtOnceMakeTwentyCallsAndTwentyOpenInvoices() throws Exception {
        Plan plan = plans.forServer("srv-ok-" + UUID.randomUUID());
        List<Account> customers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            customers.add(customer());
        }

        List<String> ids = atOnce(RACERS, i -> () -> invoices.requestInvoice(customers.get(i).getId(), plan.getId(),
                UUID.randomUUID().toString()));

        assertEquals(RACERS, Set.copyOf(ids).size(), "one attempt each");
        assertEquals(RACERS, OxhostJournal.invoiceCalls(plan.getOxhostServerId()), "upstream calls");
        List<InvoiceState> states = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            states.add(queries.findOwned(ids.get(i), customers.get(i).getId()).orElseThrow().getStoredState());
        }
        assertEquals(RACERS, states.stream().filter(s -> s == InvoiceState.OPEN).count(),
                states.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting())).toString());
    }

    interface Submission {
        Callable<String> of(int index);
    }

    private List<String> atOnce(int n, Submission submission) throws Exception {
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tasks.add(submission.of(i));
        }
        return AtOnce.call(threads, tasks, Duration.ofSeconds(60));
    }

    private Account customer() {
        return testCustomers.create("race");
    }
}
