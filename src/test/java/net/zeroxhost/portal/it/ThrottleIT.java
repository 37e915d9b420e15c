package net.zeroxhost.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.zeroxhost.portal.testsupport.Deployments;
import net.zeroxhost.portal.testsupport.PortalHttp;
import net.zeroxhost.portal.testsupport.Poll;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failed logins slow down the next ones (account/LoginThrottle), and sign-ups are limited per
 * address (account/SignupThrottle), over HTTP against the deployed portal. The deployment's limits
 * are small (3 free failures per account and address, 6 per account, 8 per address, a first
 * refusal of 4 s; 3 sign-ups per address) and it trusts X-Forwarded-For as a reverse proxy's
 * header, so that each test is a client address of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ThrottleIT {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(4);
    private static final String REFUSED = "Too many failed logins: this one was not checked.";
    private static final String WRONG = "Wrong email or password.";
    private static final Pattern SECONDS = Pattern.compile("try again in (\\d+) seconds?");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withSettings(Deployments.portal(), Map.of(
                "portal.login.throttle.free-per-account-and-address", "3",
                "portal.login.throttle.free-per-account", "6",
                "portal.login.throttle.free-per-address", "8",
                "portal.login.throttle.first-delay-ms", Long.toString(FIRST_DELAY.toMillis()),
                "portal.login.throttle.max-delay-ms", "60000",
                "portal.signup.throttle.free-per-address", "3",
                "portal.login.client-address-header", "X-Forwarded-For"));
    }

    @ArquillianResource
    URL base;

    @Test
    void guessesAtOneAccountFromOneAddressAreRefusedForAWhileWithoutLockingItsOwnerOut() throws Exception {
        String attacker = address();
        String email = "throttle-" + UUID.randomUUID() + "@example.com";
        String password = "the-right-password-" + UUID.randomUUID();
        assertThat(from(address()).signUp(email, password).statusCode()).isEqualTo(302);

        for (int i = 1; i <= 4; i++) {
            assertThat(from(attacker).login(email, "guess-" + i).body()).as("guess " + i).contains(WRONG);
        }
        // The fourth failure closed the pair for FIRST_DELAY, counted from before this instant.
        Instant reopens = Instant.now().plus(FIRST_DELAY);
        HttpResponse<String> refused = from(attacker).login(email, password);
        assertThat(refused.statusCode()).as("refused even with the right password: nothing was checked").isEqualTo(200);
        assertThat(refused.body()).contains(REFUSED).doesNotContain(WRONG);
        assertThat(secondsLeft(refused.body())).isBetween(1L, FIRST_DELAY.toSeconds());

        assertThat(from(address()).login(email, password).statusCode())
                .as("the owner, from an address of its own, is not locked out").isEqualTo(302);

        Poll.untilPassed(reopens);
        assertThat(from(attacker).login(email, password).statusCode()).as("reopened once the time is up").isEqualTo(302);
    }

    @Test
    void anUnknownEmailIsRefusedExactlyLikeAKnownOne() throws Exception {
        String address = address();
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        for (int i = 1; i <= 4; i++) {
            assertThat(from(address).login(nobody, "guess-" + i).body()).contains(WRONG);
        }
        assertThat(from(address).login(nobody, "guess-5").body()).as("a refusal tells nothing about the account")
                .contains(REFUSED);
    }

    @Test
    void oneAddressTryingManyAccountsIsRefusedForEveryAccount() throws Exception {
        String address = address();
        for (int i = 1; i <= 9; i++) {
            // One guess per email: no pair or account reaches its limit, the address does.
            assertThat(from(address).login("spray-" + i + "-" + UUID.randomUUID() + "@example.com", "guess").body())
                    .contains(WRONG);
        }
        assertThat(from(address).login("alice@example.com", "alice-demo-password").body())
                .as("even a right password is not checked from that address for now").contains(REFUSED);
        assertThat(from(address()).login("alice@example.com", "alice-demo-password").statusCode())
                .as("other addresses go on").isEqualTo(302);
    }

    @Test
    void whatAClientPutsBeforeTheProxysEntryDoesNotChooseItsAddress() throws Exception {
        String address = address();
        String email = "spoof-" + UUID.randomUUID() + "@example.com";
        for (int i = 1; i <= 4; i++) {
            // A new made-up address in front each time: only the proxy's own, last entry counts.
            PortalHttp client = new PortalHttp(base.toURI(), Map.of("X-Forwarded-For", address() + ", " + address));
            assertThat(client.login(email, "guess-" + i).body()).contains(WRONG);
        }
        assertThat(from(address).login(email, "guess-5").body()).contains(REFUSED);
    }

    @Test
    void signUpsBeyondTheLimitOfAnAddressCreateNoAccount() throws Exception {
        String address = address();
        String tag = UUID.randomUUID().toString();
        assertThat(from(address).signUp("first-" + tag + "@example.com", "password-of-" + tag).statusCode()).isEqualTo(302);
        assertThat(from(address).signUp("second-" + tag + "@example.com", "password-of-" + tag).statusCode()).isEqualTo(302);
        assertThat(from(address).signUp("first-" + tag + "@example.com", "password-of-" + tag).statusCode())
                .as("a taken email gets the same answer, and counts too").isEqualTo(302);

        String fourth = "fourth-" + tag + "@example.com";
        HttpResponse<String> refused = from(address).signUp(fourth, "password-of-" + tag);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Too many sign-ups from your network: no account was created.")
                .contains("try again in 1 minute");
        assertThat(from(address()).login(fourth, "password-of-" + tag).body()).as("no account was made")
                .contains(WRONG);
        assertThat(from(address()).signUp(fourth, "password-of-" + tag).statusCode())
                .as("another address signs up as usual").isEqualTo(302);
    }

    /** A client behind the portal's reverse proxy, which reports its address in X-Forwarded-For. */
    private PortalHttp from(String address) throws Exception {
        return new PortalHttp(base.toURI(), Map.of("X-Forwarded-For", address));
    }

    /** An address no other test uses (from the documentation range 198.18.0.0/15). */
    private static String address() {
        UUID random = UUID.randomUUID();
        return "198." + (18 + (int) (random.getMostSignificantBits() & 1)) + "."
                + ((random.getLeastSignificantBits() >>> 8) & 0xff) + "." + (random.getLeastSignificantBits() & 0xff);
    }

    private static long secondsLeft(String page) {
        Matcher m = SECONDS.matcher(page);
        assertThat(m.find()).as("the page says how long to wait").isTrue();
        return Long.parseLong(m.group(1));
    }
}
