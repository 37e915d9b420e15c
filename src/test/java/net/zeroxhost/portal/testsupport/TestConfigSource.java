package net.zeroxhost.portal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Settings of one test deployment, above the environment the server was started with (ordinal
 * 500 against the environment's 300), as an operator's server config would set them. A test adds
 * them with {@link Deployments#withSettings}; the WAR of every other test is left as built. This
 * class runs in the server, so it must not touch ShrinkWrap (absent from a deployment that is not
 * testable: merely verifying a method that names its types would fail there).
 */
public class TestConfigSource implements ConfigSource {

    /** The resource {@link Deployments#withSettings} writes. */
    static final String RESOURCE = "portal-test-config.properties";

    private final Map<String, String> properties = load();

    private static Map<String, String> load() {
        Properties loaded = new Properties();
        try (InputStream in = TestConfigSource.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                loaded.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded.stringPropertyNames().stream().collect(Collectors.toMap(k -> k, loaded::getProperty));
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "portal-test-deployment-config";
    }

    @Override
    public int getOrdinal() {
        return 500;
    }
}
