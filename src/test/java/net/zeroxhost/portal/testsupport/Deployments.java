package net.zeroxhost.portal.testsupport;

import java.io.File;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR under test: the one `mvn package` built, not a hand-assembled imitation. */
public final class Deployments {

    private Deployments() {
    }

    /** Adds settings for this deployment only, above the server's environment ({@link TestConfigSource}). */
    public static WebArchive withSettings(WebArchive war, Map<String, String> settings) {
        String text = settings.entrySet().stream().map(e -> e.getKey().replace(":", "\\:") + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        return war.addClass(TestConfigSource.class)
                .addAsServiceProvider(ConfigSource.class, TestConfigSource.class)
                .addAsResource(new StringAsset(text), TestConfigSource.RESOURCE);
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        return ShrinkWrap.create(ZipImporter.class, "portal.war").importFrom(war).as(WebArchive.class);
    }
}
