package net.zeroxhost.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-ups per client address, where it is known ({@link ClientAddresses}): so many are made, then the address is
 * closed, for twice as long after each further one (from a minute up to an hour), and an address
 * quiet for an hour starts afresh. Every sign-up that reaches the accounts counts, a
 * taken email too: otherwise the sign-up form would be a free oracle of who has an account.
 */
@ApplicationScoped
public class SignupThrottle {

    private static final int MAX_ADDRESSES = 100_000;

    @Inject
    @ConfigProperty(name = "portal.signup.throttle.free-per-address", defaultValue = "30")
    int freePerAddress;

    @Inject
    @ConfigProperty(name = "portal.signup.throttle.first-delay-ms", defaultValue = "60000")
    long firstDelayMs;

    @Inject
    @ConfigProperty(name = "portal.signup.throttle.max-delay-ms", defaultValue = "3600000")
    long maxDelayMs;

    @Inject
    ClientAddresses clientAddresses;

    private final Clock clock = Clock.systemUTC();
    private Backoff addresses;

    @PostConstruct
    void init() {
        Duration max = Duration.ofMillis(maxDelayMs);
        // The last free sign-up is the one that closes the address: so many are made, the next is refused.
        addresses = new Backoff(new Backoff.Policy(Math.max(0, freePerAddress - 1), Duration.ofMillis(firstDelayMs), max, max),
                MAX_ADDRESSES);
    }

    /** The time left if this address may not sign up now. */
    public Optional<Duration> refusal(HttpServletRequest request) {
        return clientAddresses.of(request).flatMap(a -> addresses.refusal(a, clock.instant()));
    }

    /** One more sign-up (made, or refused as a taken email) from the request's address. */
    public void counted(HttpServletRequest request) {
        clientAddresses.of(request).ifPresent(a -> addresses.failed(a, clock.instant()));
    }
}
