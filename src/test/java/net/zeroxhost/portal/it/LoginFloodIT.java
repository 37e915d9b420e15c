package net.zeroxhost.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import net.zeroxhost.portal.testsupport.AtOnce;
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
 * A burst of logins against a bound of one password hash at a time and almost no wait for it
 * (the deployment's settings; the default is one per core and five seconds): the hashes beyond
 * the bound are refused with a page that says so, never a wrong-password message or an error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginFloodIT {

    private static final int LOGINS = 10;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withSettings(Deployments.portal(), Map.of(
                "portal.login.max-concurrent-hashes", "1",
                "portal.login.hash-wait-ms", "1",
                // Ten wrong passwords for one account from one address: the throttle would refuse
                // the last, right one; it is LoginThrottleIT's subject, not this test's.
                "portal.login.throttle.free-per-account-and-address", "1000",
                "portal.login.throttle.free-per-account", "1000"));
    }

    @ArquillianResource
    URL base;

    @Test
    void loginsBeyondTheHashBoundAreToldToTryAgainAndALaterLoginWorks() throws Exception {
        List<PortalHttp> clients = new ArrayList<>();
        List<Map<String, String>> forms = new ArrayList<>();
        for (int i = 0; i < LOGINS; i++) {
            PortalHttp client = new PortalHttp(base.toURI());
            clients.add(client);
            forms.add(PortalHttp.loginForm(client.get("login").body(), "alice@example.com", "not-alices-password"));
        }
        List<Callable<HttpResponse<String>>> logins = new ArrayList<>();
        for (int i = 0; i < LOGINS; i++) {
            PortalHttp client = clients.get(i);
            Map<String, String> form = forms.get(i);
            logins.add(() -> client.post("login", form));
        }
        List<String> answers = new ArrayList<>();
        for (HttpResponse<String> answer : AtOnce.call(logins, Duration.ofSeconds(120))) {
            assertThat(answer.statusCode()).isEqualTo(200);
            answers.add(answer.body());
        }

        long busy = answers.stream().filter(a -> a.contains("Too many logins at this moment")).count();
        long wrong = answers.stream().filter(a -> a.contains("Wrong email or password")).count();
        assertThat(busy + wrong).as("every answer is one of the two messages").isEqualTo(LOGINS);
        assertThat(busy).as("ten hashes at once against a bound of one").isPositive();
        assertThat(wrong).as("at least the hash that got the permit was checked").isPositive();
        assertThat(new PortalHttp(base.toURI()).login("alice@example.com", "alice-demo-password").statusCode())
                .as("the permit comes back").isEqualTo(302);
    }
}
