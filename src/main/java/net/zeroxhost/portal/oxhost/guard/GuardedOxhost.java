package net.zeroxhost.portal.oxhost.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.InvoiceRequest;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Creates invoices through {@link OxhostCircuit} and turns what Fault Tolerance throws into
 * outcomes: a call the breaker or the bulkhead held back was never sent, so it is
 * {@link InvoiceOutcome.Held} (FAILED, nothing created).
 *
 * <p>MicroProfile Fault Tolerance has no portable way to read a breaker's state, so this bean
 * remembers what it last saw: open from the first call the breaker refused until the next call
 * it let through. That is what readiness reports ({@link OxhostReadinessCheck}).
 */
@ApplicationScoped
public class GuardedOxhost {

    static final String CIRCUIT_OPEN = "not sent: calls to 0xhost are paused after repeated failures (circuit open)";
    static final String BULKHEAD_FULL = "not sent: as many calls to 0xhost as allowed are already in flight (bulkhead full)";

    @Inject
    OxhostCircuit circuit;

    @Inject
    Clock clock;

    private final AtomicReference<Instant> openSince = new AtomicReference<>();
    private final AtomicReference<Instant> lastOutage = new AtomicReference<>();

    public InvoiceOutcome createInvoice(InvoiceRequest request) {
        try {
            InvoiceOutcome outcome = circuit.createInvoice(request);
            openSince.set(null);
            return outcome;
        } catch (OxhostCircuit.Outage outage) {
            openSince.set(null);
            lastOutage.set(clock.instant());
            return outage.outcome();
        } catch (CircuitBreakerOpenException e) {
            openSince.compareAndSet(null, clock.instant());
            return new InvoiceOutcome.Held(CIRCUIT_OPEN);
        } catch (BulkheadException e) {
            return new InvoiceOutcome.Held(BULKHEAD_FULL);
        }
    }

    /** Since when the breaker has refused every call, as far as this node has seen. */
    public Optional<Instant> openSince() {
        return Optional.ofNullable(openSince.get());
    }

    /** When a call last signalled an outage (no answer, 5xx, 429). */
    public Optional<Instant> lastOutage() {
        return Optional.ofNullable(lastOutage.get());
    }
}
