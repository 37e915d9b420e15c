package net.zeroxhost.portal.serverconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import net.zeroxhost.portal.platform.SecurityHeaders;
import org.junit.jupiter.api.Test;

/** The WildFly script's copy of the portal's headers, for the answers Undertow makes itself. */
class WildFlyConfigureScriptTest {

    @Test
    void theHostsContentSecurityPolicyIsThePortalsOwn() throws Exception {
        String cli = Files.readString(Path.of("server-config/wildfly/configure.cli"));

        assertThat(cli).contains("header-name=Content-Security-Policy, header-value=\""
                + SecurityHeaders.CONTENT_SECURITY_POLICY + "\"");
        assertThat(cli).contains("header-name=X-Content-Type-Options, header-value=nosniff");
    }
}
