package net.zeroxhost.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.zeroxhost.portal.testsupport.ConcurrentCheckout;
import net.zeroxhost.portal.testsupport.Deployments;
import net.zeroxhost.portal.testsupport.OxhostStub;
import net.zeroxhost.portal.testsupport.PortalHttp;
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
 * The portal with no API key (failsafe's "sandbox" execution): invoices come from the built-in
 * sandbox, every page says so, and nothing reaches the 0xhost stand-in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(TestTags.SANDBOX)
class SandboxIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void theSandboxCreatesInvoicesAndEveryPageShowsItsBanner() throws Exception {
        PortalHttp alice = new PortalHttp(base.toURI());
        assertThat(alice.get("login").body()).contains("id=\"sandbox-banner\"");
        alice.login("alice@example.com", "alice-demo-password");

        String invoice = alice.createInvoiceForFirstPlan();
        HttpResponse<String> page = alice.get(invoice);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"sandbox-banner\"").contains("Awaiting payment");
        Matcher address = Pattern.compile("id=\"address\" class=\"address\">(0x[0-9A-F]{40})<").matcher(page.body());
        assertThat(address.find()).as("a plausible Ethereum address").isTrue();
        assertThat(page.body()).doesNotContain(OxhostStub.ADDRESS);
        for (String path : new String[] {"plans", "invoices", "no-such-page"}) {
            assertThat(alice.get(path).body()).as(path).contains("id=\"sandbox-banner\"");
        }
    }

    /**
     * Signed-in customers confirming at one moment each get their own invoice. On Payara 6 the
     * standard custom form mechanism lost the roles of some of them under exactly this load (a 403
     * page, nothing logged); see account/FormLoginMechanism.
     */
    @Test
    void twentyCustomersConfirmingAtOnceEachGetTheirInvoice() throws Exception {
        List<ConcurrentCheckout.Outcome> outcomes = new ConcurrentCheckout(base.toURI()).run(20);

        assertThat(outcomes).hasSize(20).allMatch(ConcurrentCheckout.Outcome::isInvoice);
        assertThat(outcomes.stream().map(ConcurrentCheckout.Outcome::finalPath).distinct().count())
                .as("twenty different invoices").isEqualTo(20);
    }
}
