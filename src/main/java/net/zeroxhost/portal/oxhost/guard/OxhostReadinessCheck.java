package net.zeroxhost.portal.oxhost.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the circuit in front of 0xhost: {@code circuit} is {@code open} while calls are held
 * back, else {@code closed}. It stays UP either way: an open circuit means 0xhost is failing, and
 * taking this node out of a load balancer would help no one (every node calls the same 0xhost)
 * while it would hide the plans, the customers' invoices and the admin pages, which all still work.
 */
@Readiness
@ApplicationScoped
public class OxhostReadinessCheck implements HealthCheck {

    @Inject
    GuardedOxhost guarded;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("oxhost").up()
                .withData("circuit", guarded.openSince().isPresent() ? "open" : "closed");
        guarded.openSince().ifPresent(since -> response.withData("openSince", since.toString()));
        guarded.lastOutage().ifPresent(at -> response.withData("lastOutage", at.toString()));
        return response.build();
    }
}
