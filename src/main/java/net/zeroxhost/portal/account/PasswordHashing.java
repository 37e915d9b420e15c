package net.zeroxhost.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes new passwords and verifies typed ones (for {@link AccountIdentityStore}), with one set of
 * parameters: the container's PBKDF2 implementation, so the stored format is the standard one.
 */
@ApplicationScoped
public class PasswordHashing {

    /** OWASP Password Storage Cheat Sheet: PBKDF2-HMAC-SHA256 with 600,000 iterations. */
    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=600000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** An upper bound keeps one request from burning seconds of CPU on a megabyte "password". */
    public static final int MAX_PASSWORD_LENGTH = 128;

    @Inject
    private Pbkdf2PasswordHash hash;

    /** How many hashes may run at once; by default one per core, which the hashing fills. */
    @Inject
    @ConfigProperty(name = "portal.login.max-concurrent-hashes")
    Optional<Integer> maxConcurrentHashes;

    /** How long a login or sign-up waits for its turn before it is told to try again. */
    @Inject
    @ConfigProperty(name = "portal.login.hash-wait-ms", defaultValue = "5000")
    long hashWaitMillis;

    private HashGate gate;

    @PostConstruct
    void configure() {
        gate = new HashGate(maxConcurrentHashes.orElse(Runtime.getRuntime().availableProcessors()),
                Duration.ofMillis(hashWaitMillis));
        hash.initialize(Map.of(
                key(ALGORITHM), value(ALGORITHM),
                key(ITERATIONS), value(ITERATIONS),
                key(SALT_SIZE), value(SALT_SIZE),
                key(KEY_SIZE), value(KEY_SIZE)));
    }

    /** @throws HashGate.Busy when too many hashes are running: nothing was hashed */
    public String hash(String password) {
        return gate.run(() -> hash.generate(password.toCharArray()));
    }

    /** @throws HashGate.Busy when too many hashes are running: nothing was checked */
    public boolean matches(String password, String stored) {
        return gate.run(() -> hash.verify(password.toCharArray(), stored));
    }

    /** Whether this failure means "too busy to check", which the pages tell apart from a wrong password. */
    public static boolean isBusy(RuntimeException e) {
        return e instanceof HashGate.Busy;
    }

    private static String key(String parameter) {
        return parameter.substring(0, parameter.indexOf('='));
    }

    private static String value(String parameter) {
        return parameter.substring(parameter.indexOf('=') + 1);
    }
}
