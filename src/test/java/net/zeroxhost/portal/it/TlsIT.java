package net.zeroxhost.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import net.zeroxhost.portal.platform.SecurityHeaders;
import net.zeroxhost.portal.testsupport.Deployments;
import net.zeroxhost.portal.testsupport.PortalHttp;
import net.zeroxhost.portal.testsupport.RawGet;
import net.zeroxhost.portal.testsupport.TestTags;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code portal.web.https-only} against the server's real TLS listener (Payara Micro's
 * {@code --sslport}, Payara Server's second listener, WildFly's https listener, each with the
 * self-signed certificate it ships with; the pom gives its port as {@code it.https-port}): plain
 * HTTP is redirected to HTTPS, answers over TLS carry HSTS, and the session cookie is Secure.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(TestTags.TLS)
class TlsIT {

    private static final int HTTPS_PORT = Integer.getInteger("it.https-port", 8181);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withSettings(Deployments.portal(), Map.of(
                "portal.web.https-only", "true",
                "portal.web.https-port", Integer.toString(HTTPS_PORT)));
    }

    @ArquillianResource
    URL base;

    private URI overTls() throws Exception {
        return new URI("https", null, base.getHost(), HTTPS_PORT, base.getPath(), null, null);
    }

    @Test
    void plainHttpIsRedirectedToTheSameUrlOverTls() throws Exception {
        HttpResponse<String> plain = new PortalHttp(base.toURI()).get("login?next=plans");

        assertThat(plain.statusCode()).isEqualTo(301);
        assertThat(plain.headers().firstValue("Location")).hasValue(overTls().resolve("login?next=plans").toString());
        assertThat(plain.headers().firstValue("Content-Security-Policy")).as("the redirect carries the headers").isPresent();
        assertThat(plain.headers().firstValue("Set-Cookie")).as("no session over plain HTTP").isEmpty();
    }

    /**
     * A malformed URL over TLS gets the same 400 with the headers as over plain HTTP (on Payara the
     * URI guard is on the TLS listener too, docs/security.md).
     */
    @Test
    void aMalformedUrlOverTlsIsRefusedWithTheHeaders() throws Exception {
        for (String path : List.of("%zz", "%c0%ae")) {
            RawGet answer = RawGet.overTls(overTls().toURL(), path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.header("Content-Security-Policy")).as(path).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(answer.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(answer.header("Server")).as(path).isEmpty();
        }
    }

    @Test
    void answersOverTlsCarryHstsAndTheSessionCookieIsSecure() throws Exception {
        PortalHttp alice = PortalHttp.overTls(overTls());
        HttpResponse<String> loginPage = alice.get("login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");

        HttpResponse<String> loggedIn = alice.login("alice@example.com", "alice-demo-password");
        assertThat(loggedIn.statusCode()).as("the login works over TLS").isEqualTo(302);
        assertThat(loggedIn.headers().allValues("Set-Cookie")).as("the session cookie of the login")
                .anySatisfy(cookie -> assertThat(cookie.toLowerCase()).contains("secure").contains("httponly"));
        assertThat(alice.cookies()).allSatisfy(cookie -> assertThat(cookie.getSecure()).as(cookie.getName()).isTrue());
        assertThat(alice.get("plans").statusCode()).as("signed in over TLS").isEqualTo(200);
    }
}
