package net.zeroxhost.portal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Settings of one test deployment, above the environment the server was started with (ordinal
 * 500 against the environment's 300), as an operator's server config would set them. A test adds
 * them with {@link #addTo}; the WAR of every other test is left as built.
 */
public class TestConfigSource implements ConfigSource {

    private static final String RESOURCE = "portal-test-config.properties";

    private final Map<String, String> properties = load();

    /** Adds this source and the given settings to a test deployment. */
    public static WebArchive addTo(WebArchive war, Map<String, String> settings) {
        String text = settings.entrySet().stream().map(e -> e.getKey().replace(":", "\\:") + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        return war.addClass(TestConfigSource.class)
                .addAsServiceProvider(ConfigSource.class, TestConfigSource.class)
                .addAsResource(new StringAsset(text), RESOURCE);
    }

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
