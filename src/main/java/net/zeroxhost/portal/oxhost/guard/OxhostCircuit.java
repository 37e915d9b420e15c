package net.zeroxhost.portal.oxhost.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.InvoiceRequest;
import net.zeroxhost.portal.oxhost.OxhostGateway;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * The gateway behind MicroProfile Fault Tolerance. Only {@link GuardedOxhost} calls it; it
 * exists apart because the interceptors act on calls into a bean, not within one.
 *
 * <p>The breaker opens when 6 of the last 10 calls signalled an outage
 * ({@link InvoiceOutcome#signalsOutage()}: no answer, a 5xx or a 429), stays open for 30 s, then
 * lets calls through again and closes after 2 of them went well. A 0xhost that refuses a request
 * or answers garbage is answering, and does not count. The bulkhead admits 20 calls at once:
 * room for a burst of customers, and far below every server's request threads (WildFly's default
 * is 16 per core), so a hanging 0xhost cannot take the portal's other pages down with it.
 * There is deliberately no {@code @Retry}: creating an invoice is not idempotent.
 *
 * <p>Each figure can be changed without a rebuild by MicroProfile Config, under the standard keys
 * {@code net.zeroxhost.portal.oxhost.guard.OxhostCircuit/createInvoice/CircuitBreaker/delay} (and
 * {@code requestVolumeThreshold}, {@code failureRatio}, {@code successThreshold}) and
 * {@code .../createInvoice/Bulkhead/value}.
 */
@ApplicationScoped
public class OxhostCircuit {

    /**
     * In milliseconds, the annotation's default unit: Payara Micro 6 kept the circuit open for
     * milliseconds, not seconds, when the delay was given as 30 SECONDS (OutageIT,
     * scripts/outage-benchmark), so no unit is left to interpret.
     */
    static final long DELAY_MILLIS = 30_000;

    /** The MicroProfile Config prefix of the breaker's settings, e.g. {@code CONFIG_BREAKER + "delay"}. */
    public static final String CONFIG_BREAKER = OxhostCircuit.class.getName() + "/createInvoice/CircuitBreaker/";

    @Inject
    OxhostGateway gateway;

    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = DELAY_MILLIS, delayUnit = ChronoUnit.MILLIS,
            successThreshold = 2, failOn = Outage.class)
    @Bulkhead(20)
    public InvoiceOutcome createInvoice(InvoiceRequest request) throws Outage {
        InvoiceOutcome outcome = gateway.createInvoice(request);
        if (outcome.signalsOutage()) {
            throw new Outage(outcome);
        }
        return outcome;
    }

    /**
     * How an outcome that signals an outage reaches the breaker, which counts exceptions only.
     * It carries the outcome, which still has to be recorded; no stack trace is worth keeping.
     */
    public static final class Outage extends Exception {

        private final transient InvoiceOutcome outcome;

        Outage(InvoiceOutcome outcome) {
            super("0xhost outage signalled", null, false, false);
            this.outcome = outcome;
        }

        public InvoiceOutcome outcome() {
            return outcome;
        }
    }
}
