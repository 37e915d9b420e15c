package net.zeroxhost.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import net.zeroxhost.portal.oxhost.guard.OxhostCircuit;
import net.zeroxhost.portal.testsupport.Deployments;
import net.zeroxhost.portal.testsupport.PortalHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a customer sees while the circuit in front of 0xhost is open, over HTTP. The deployment
 * points the portal at a port where nothing listens and lets one failed call open the circuit (the
 * real threshold needs ten); new sign-ups get a 0xhost user so that a fresh customer can buy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentsPausedIT {

    private static final String BREAKER = OxhostCircuit.CONFIG_BREAKER;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withSettings(Deployments.portal(), Map.of(
                "oxhost.base-url", "http://127.0.0.1:1/API",
                "oxhost.default-user-id", UUID.randomUUID().toString(),
                BREAKER + "requestVolumeThreshold", "1",
                BREAKER + "delay", "600000",
                BREAKER + "delayUnit", "MILLIS"));
    }

    @ArquillianResource
    URL base;

    @Test
    void whileTheCircuitIsOpenTheCheckoutSaysPaymentsArePausedAndOffersAFreshForm() throws Exception {
        PortalHttp customer = new PortalHttp(base.toURI());
        String email = "paused-" + UUID.randomUUID() + "@example.com";
        assertThat(customer.signUpAndLogIn(email, "a-long-password-123").statusCode()).isEqualTo(302);
        String checkout = customer.firstPlanCheckoutPath();

        // 0xhost cannot be reached: this one is sent, fails, and opens the circuit.
        HttpResponse<String> refused = customer.post(checkout, PortalHttp.confirmForm(customer.get(checkout).body()));
        assertThat(refused.statusCode()).isEqualTo(302);
        String failedPage = customer.get(refused.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^.*?(invoice\\?id=)", "$1")).body();
        assertThat(failedPage).contains("state-FAILED");

        Map<String, String> form = PortalHttp.confirmForm(customer.get(checkout).body());
        HttpResponse<String> held = customer.post(checkout, form);

        assertThat(held.statusCode()).as("the checkout page again, at once").isEqualTo(200);
        assertThat(held.body()).contains("Payments are briefly unavailable").contains("nothing was charged")
                .doesNotContain("circuit").doesNotContain("bulkhead").doesNotContain("Exception");
        assertThat(PortalHttp.confirmForm(held.body()).get("checkout:key"))
                .as("a fresh key, so that trying again is a new attempt").isNotEqualTo(form.get("checkout:key"));
        String myInvoices = customer.get("invoices").body();
        assertThat(myInvoices.split("state-FAILED", -1)).as("both attempts on record, neither open").hasSize(3);
    }
}
