package net.zeroxhost.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing ({@link Backoff} per key). Failed logins are counted three ways:
 * <ul>
 *   <li>per typed email <em>and</em> client address, strictest: one attacker guessing one
 *       account. Keyed by the pair, so that the attacker's failures close the account to the
 *       attacker's address only, not to its owner logging in from elsewhere;</li>
 *   <li>per typed email, looser: the same account guessed from many addresses;</li>
 *   <li>per client address, loosest: one address trying many accounts; only where the address
 *       is known ({@link ClientAddresses}).</li>
 * </ul>
 * A closed key is refused before any password is hashed, with the time left; known and unknown
 * emails are treated alike, so a refusal tells nothing about which accounts exist. The client
 * address is {@link ClientAddresses}'.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Enough for any real set of addresses and accounts under attack, small enough to stay a few MB. */
    private static final int MAX_KEYS = 100_000;

    @Inject
    @ConfigProperty(name = "portal.login.throttle.free-per-account-and-address", defaultValue = "5")
    int freePerAccountAndAddress;

    @Inject
    @ConfigProperty(name = "portal.login.throttle.free-per-account", defaultValue = "50")
    int freePerAccount;

    @Inject
    @ConfigProperty(name = "portal.login.throttle.free-per-address", defaultValue = "100")
    int freePerAddress;

    @Inject
    @ConfigProperty(name = "portal.login.throttle.first-delay-ms", defaultValue = "1000")
    long firstDelayMs;

    @Inject
    @ConfigProperty(name = "portal.login.throttle.max-delay-ms", defaultValue = "300000")
    long maxDelayMs;

    @Inject
    @ConfigProperty(name = "portal.login.throttle.forget-after-ms", defaultValue = "900000")
    long forgetAfterMs;

    @Inject
    ClientAddresses clientAddresses;

    private final Clock clock = Clock.systemUTC();
    private Backoff pairs;
    private Backoff accounts;
    private Backoff addresses;

    @PostConstruct
    void init() {
        pairs = new Backoff(policy(freePerAccountAndAddress), MAX_KEYS);
        accounts = new Backoff(policy(freePerAccount), MAX_KEYS);
        addresses = new Backoff(policy(freePerAddress), MAX_KEYS);
    }

    private Backoff.Policy policy(int free) {
        return new Backoff.Policy(free, Duration.ofMillis(firstDelayMs), Duration.ofMillis(maxDelayMs),
                Duration.ofMillis(forgetAfterMs));
    }

    /** The time left if this login may not be tried now: the longest of its three keys'. */
    public Optional<Duration> refusal(String email, HttpServletRequest request) {
        Instant now = clock.instant();
        Optional<String> address = clientAddresses.of(request);
        return Stream.of(pairs.refusal(pair(email, address), now), accounts.refusal(account(email), now),
                        address.flatMap(a -> addresses.refusal(a, now)))
                .flatMap(Optional::stream).max(Duration::compareTo);
    }

    /** A wrong password (or an unknown email): counted for all three keys. */
    public void failed(String email, HttpServletRequest request) {
        Instant now = clock.instant();
        Optional<String> address = clientAddresses.of(request);
        pairs.failed(pair(email, address), now);
        accounts.failed(account(email), now);
        address.ifPresent(a -> addresses.failed(a, now));
    }

    /**
     * A login that succeeded clears the account's keys; the address keeps its count, or an
     * attacker with one account of its own could reset it between guesses at others.
     */
    public void succeeded(String email, HttpServletRequest request) {
        pairs.succeeded(pair(email, clientAddresses.of(request)));
        accounts.succeeded(account(email));
    }

    private static String account(String email) {
        String normalized = Emails.normalize(email == null ? "" : email);
        // No account's email is longer; cut, a flood of long made-up ones shares one key.
        return normalized.length() > Emails.MAX_LENGTH ? normalized.substring(0, Emails.MAX_LENGTH) : normalized;
    }

    /** An unknown address ({@link ClientAddresses}) makes the pair the email alone, at the pair's limit. */
    private static String pair(String email, Optional<String> address) {
        // A character no email or address holds keeps the two parts apart.
        return account(email) + "\n" + address.orElse("");
    }
}
