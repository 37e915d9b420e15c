package net.zeroxhost.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textMatches;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;
import net.zeroxhost.portal.testsupport.Browser;
import net.zeroxhost.portal.testsupport.Deployments;
import net.zeroxhost.portal.testsupport.OxhostStub;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The customer journey in real Chromium against the real WAR, with the WireMock stand-in as
 * 0xhost: alice buys a plan and sees how to pay; bob cannot open her invoice; the admin sees it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerJourneyIT {

    private static ChromeDriver driver;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String path) {
        driver.get(base.toString() + path);
    }

    private void logIn(String email, String password) {
        open("login");
        driver.manage().deleteAllCookies();
        open("login");
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("login:email")));
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("logout:submit")));
    }

    private void logOut() {
        driver.findElement(By.id("logout:submit")).click();
        try {
            Browser.waitFor(driver).until(urlContains("login"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no login page after logging out, but " + driver.getCurrentUrl() + ":\n"
                    + driver.getPageSource(), e);
        }
    }

    @Test
    void aliceBuysAPlanBobCannotSeeItTheAdminCan() throws Exception {
        open("login");
        assertThat(Browser.seriousAccessibilityViolations(driver)).as("login page").isEmpty();

        logIn("alice@example.com", "alice-demo-password");
        open("plans");
        assertThat(Browser.seriousAccessibilityViolations(driver)).as("plans page").isEmpty();
        driver.findElement(By.linkText("Choose Standard")).click();
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("checkout:submit"))).click();

        Browser.waitFor(driver).until(urlContains("invoice?id="));
        String invoiceUrl = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("Awaiting payment");
        assertThat(driver.findElement(By.id("address")).getText()).isEqualTo(OxhostStub.ADDRESS);
        assertThat(driver.findElement(By.id("pay-amount")).getText()).isEqualTo(OxhostStub.PAY_AMOUNT);
        assertThat(driver.findElement(By.id("pay-currency")).getText()).isEqualTo("ETH");
        assertThat(driver.findElement(By.id("fiat-amount")).getText()).isEqualTo("89.97 EUR");
        assertThat(driver.findElement(By.id("network-warning")).getText()).contains("ETH").contains("Ethereum Network");
        assertThat(driver.findElement(By.id("fee-warning")).getText()).contains("withdrawal fee");
        WebElement qr = driver.findElement(By.id("qr-code"));
        assertThat(qr.getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(qr.getAttribute("alt")).contains(OxhostStub.ADDRESS);
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", qr)).intValue())
                .as("the QR image decodes and renders").isPositive();
        assertThat(driver.findElement(By.tagName("figcaption")).getText()).contains("ethereum:" + OxhostStub.ADDRESS);
        assertThat(driver.findElement(By.id("expires-at")).getText()).endsWith("UTC");
        // The script turns "89 minutes left" into a live m:ss countdown.
        Browser.waitFor(driver).until(textMatches(By.id("countdown"), Pattern.compile("^(1:[0-5]\\d|[1-8]?\\d):[0-5]\\d$")));
        assertThat(driver.findElement(By.id("track-id")).getText()).matches("\\d{9}");
        assertThat(driver.findElement(By.id("order-id")).getText()).matches("[0-9a-f-]{36}");
        Browser.waitFor(driver).until(visibilityOfElementLocated(By.cssSelector("[data-copy-target='address']")));
        // meta-refresh: the page reloads once, at the invoice's expiry, when its address stops being
        // payable; an essential time limit (WCAG 2.2.1's exception), stated in text on the page.
        assertThat(Browser.seriousAccessibilityViolations(driver, List.of("meta-refresh"))).as("payment page").isEmpty();
        Browser.screenshot(driver, "payment-page");

        driver.manage().window().setSize(new Dimension(390, 900));
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling at phone width").isTrue();
        Browser.screenshot(driver, "payment-page-phone");
        driver.manage().window().setSize(new Dimension(1280, 1000));

        open("invoices");
        assertThat(driver.findElement(By.id("my-invoices")).getText()).contains("Standard").contains("Awaiting payment")
                .as("the invoiced amounts, not the catalog price").contains("89.97 EUR").contains(OxhostStub.PAY_AMOUNT + " ETH");
        driver.manage().window().setSize(new Dimension(360, 900));
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "var box = document.querySelector('.table-scroll');"
                        + "return document.documentElement.scrollWidth <= window.innerWidth && box.scrollWidth <= box.clientWidth"))
                .as("My invoices without sideways scrolling at 360 px").isTrue();
        Browser.screenshot(driver, "my-invoices-phone");
        driver.manage().window().setSize(new Dimension(1280, 1000));
        logOut();

        logIn("bob@example.com", "bob-demo-password");
        driver.get(invoiceUrl);
        assertThat(driver.findElements(By.id("error-not-found"))).hasSize(1);
        assertThat(driver.getPageSource()).doesNotContain(OxhostStub.ADDRESS);
        logOut();

        logIn("admin@example.com", "admin-demo-password");
        open("admin");
        WebElement table = Browser.waitFor(driver).until(presenceOfElementLocated(By.id("admin-invoices")));
        assertThat(table.getText()).contains("alice@example.com").contains("Standard");
        // The filters are a GET form: the filtered view is a URL of its own.
        driver.findElement(By.id("f-customer")).sendKeys("ALICE@");
        new Select(driver.findElement(By.id("f-state"))).selectByValue("OPEN");
        driver.findElement(By.id("f-apply")).click();
        Browser.waitFor(driver).until(urlContains("customer=ALICE%40"));
        assertThat(driver.getCurrentUrl()).contains("state=OPEN");
        assertThat(driver.findElement(By.id("f-customer")).getAttribute("value")).isEqualTo("alice@");
        String attemptId = invoiceUrl.replaceAll(".*[?&]id=([^&]+).*", "$1");
        assertThat(rowLinkingTo("admin-invoices", attemptId).getText()).contains("Awaiting payment").doesNotContain("bob@");
        assertThat(Browser.seriousAccessibilityViolations(driver)).as("admin list").isEmpty();
        Browser.screenshot(driver, "admin-list");
        driver.manage().window().setSize(new Dimension(360, 900));
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "var box = document.querySelector('.table-scroll');"
                        + "return document.documentElement.scrollWidth <= window.innerWidth && box.scrollWidth <= box.clientWidth"))
                .as("the admin list without sideways scrolling at 360 px").isTrue();
        Browser.screenshot(driver, "admin-list-phone");
        driver.manage().window().setSize(new Dimension(1280, 1000));

        rowLinkingTo("admin-invoices", attemptId).findElement(By.tagName("a")).click();
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("request-headers")));
        assertThat(driver.findElement(By.id("request-headers")).getText()).contains("x-api-key: ********");
        assertThat(driver.findElement(By.id("track-id")).getText()).matches("\\d{9}");
        assertThat(driver.getPageSource()).doesNotContain(OxhostStub.API_KEY);
        assertThat(Browser.seriousAccessibilityViolations(driver)).as("admin detail").isEmpty();
        Browser.screenshot(driver, "admin-detail");
        driver.get(invoiceUrl);
        assertThat(driver.findElement(By.id("address")).getText()).isEqualTo(OxhostStub.ADDRESS);
    }

    @Test
    void anExpiredInvoiceSaysSoAndOffersANewOne() {
        logIn("alice@example.com", "alice-demo-password");
        open("plans");
        driver.findElement(By.linkText("Choose Power")).click();
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("checkout:submit"))).click();
        Browser.waitFor(driver).until(urlContains("invoice?id="));
        // The stub's invoice expires seconds after it is created. While it is open, the page carries
        // a meta refresh for the moment it expires, by the server's clock, so that it moves to the
        // expired state even without JavaScript.
        if (!driver.findElements(By.id("countdown")).isEmpty()) {
            String refresh = driver.findElement(By.cssSelector("meta[http-equiv='refresh']")).getAttribute("content");
            assertThat(Integer.parseInt(refresh)).isBetween(1, OxhostStub.EXPIRES_SOON_SECONDS + 1);
        }
        Browser.waitFor(driver).until(textToBe(By.id("state"), "Expired"));

        assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("Expired");
        assertThat(driver.findElement(By.id("expired-notice")).getText()).contains("expired").contains("UTC");
        assertThat(driver.findElements(By.id("address"))).as("no address to pay to").isEmpty();
        assertThat(driver.findElements(By.id("qr-code"))).isEmpty();
        assertThat(Browser.seriousAccessibilityViolations(driver)).as("expired payment page").isEmpty();

        String expiredId = driver.getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
        driver.findElement(By.linkText("Create a new invoice")).click();
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("checkout:submit")));
        assertThat(driver.findElement(By.id("plan-name")).getText()).isEqualTo("Power");
        // Stored OPEN, read as expired wherever it is listed, whether or not anything swept it.
        open("invoices");
        assertThat(rowLinkingTo("my-invoices", expiredId).getText()).contains("Power").contains("Expired");
        logOut();
        logIn("admin@example.com", "admin-demo-password");
        open("admin");
        assertThat(rowLinkingTo("admin-invoices", expiredId).getText()).contains("alice@example.com").contains("Expired");
        logOut();
    }

    private WebElement rowLinkingTo(String tableId, String attemptId) {
        return Browser.waitFor(driver).until(presenceOfElementLocated(By.xpath(
                "//table[@id='" + tableId + "']//a[contains(@href, 'id=" + attemptId + "')]/ancestor::tr")));
    }

    @Test
    void aDoubleClickCreatesOneInvoice() {
        logIn("bob@example.com", "bob-demo-password");
        open("plans");
        driver.findElement(By.linkText("Choose Performance")).click();
        WebElement submit = Browser.waitFor(driver).until(presenceOfElementLocated(By.id("checkout:submit")));
        // Two clicks as fast as a script can send them; the page's guard and the form's key both hold.
        ((JavascriptExecutor) driver).executeScript("arguments[0].click(); arguments[0].click();", submit);
        Browser.waitFor(driver).until(urlContains("invoice?id="));
        open("invoices");
        long performanceRows = driver.findElements(By.cssSelector("#my-invoices tbody tr")).stream()
                .filter(row -> row.getText().contains("Performance")).count();
        assertThat(performanceRows).isEqualTo(1);
        logOut();
    }

    /**
     * The operator's side: a plan made on the admin page is sold, its invoice comes back garbled
     * (UNKNOWN), support records what 0xhost said, and the plan is retired from the catalog.
     */
    @Test
    void anAdminSellsANewPlanRecordsSupportsFindingAndRetiresIt() {
        String tag = java.util.UUID.randomUUID().toString();
        String name = "Journey " + tag.substring(0, 8);
        String server = OxhostStub.GARBAGE_SERVER_PREFIX + tag.substring(9);

        logIn("admin@example.com", "admin-demo-password");
        open("admin/plans");
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("new-plan"))).click();
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("plan-form:name"))).sendKeys(name);
        driver.findElement(By.id("plan-form:vcpu")).sendKeys("2");
        driver.findElement(By.id("plan-form:ramGb")).sendKeys("4");
        driver.findElement(By.id("plan-form:diskGb")).sendKeys("80");
        driver.findElement(By.id("plan-form:location")).sendKeys("Lisbon");
        driver.findElement(By.id("plan-form:price")).sendKeys("abc");
        driver.findElement(By.id("plan-form:currency")).sendKeys("EUR");
        driver.findElement(By.id("plan-form:server")).sendKeys(server);
        driver.findElement(By.id("plan-form:save")).click();
        Browser.waitFor(driver).until(textToBePresentInElementLocated(By.id("main"), "The plan was not saved"));
        assertThat(driver.findElement(By.id("plan-form:name")).getAttribute("value")).as("the form keeps what was typed")
                .isEqualTo(name);
        driver.findElement(By.id("plan-form:price")).clear();
        driver.findElement(By.id("plan-form:price")).sendKeys("12.50");
        driver.findElement(By.id("plan-form:save")).click();
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("done")));
        assertThat(Browser.seriousAccessibilityViolations(driver)).as("plan page").isEmpty();
        String planUrl = driver.getCurrentUrl();
        logOut();

        logIn("alice@example.com", "alice-demo-password");
        open("plans");
        Browser.waitFor(driver).until(presenceOfElementLocated(By.linkText("Choose " + name))).click();
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("checkout:submit"))).click();
        Browser.waitFor(driver).until(urlContains("invoice?id="));
        assertThat(driver.findElement(By.id("main")).getText()).contains("We could not confirm whether this invoice was created");
        String attemptId = driver.getCurrentUrl().replaceFirst("^.*invoice\\?id=", "");
        logOut();

        logIn("admin@example.com", "admin-demo-password");
        open("admin/invoice?id=" + attemptId);
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("finding:note")))
                .sendKeys("0xhost support: no invoice was made for this request.");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("finding:what"))).selectByVisibleText("Confirmed not created");
        driver.findElement(By.id("finding:record")).click();
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("finding-done")));
        assertThat(driver.findElement(By.id("finding-list")).getText()).contains("Confirmed not created")
                .contains("no invoice was made").contains("admin@example.com");
        assertThat(driver.findElement(By.id("state")).getText()).as("the record itself stays as it was")
                .isEqualTo("Outcome unknown");
        assertThat(Browser.seriousAccessibilityViolations(driver)).as("admin detail with a finding").isEmpty();

        driver.get(planUrl);
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("plan-form:retire"))).click();
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("retired-notice")));
        open("admin/actions");
        Browser.waitFor(driver).until(textToBePresentInElementLocated(By.id("main"), name));
        logOut();

        logIn("alice@example.com", "alice-demo-password");
        open("plans");
        assertThat(driver.findElements(By.linkText("Choose " + name))).as("a retired plan leaves the catalog").isEmpty();
        open("invoices");
        assertThat(driver.findElement(By.id("my-invoices")).getText()).as("and its invoices stay").contains(name);
        logOut();
    }

    @Test
    void aNewCustomerWaitsForTheAdminsActivationThenBuys() throws Exception {
        String email = "erin-" + java.util.UUID.randomUUID() + "@example.com";
        open("login");
        driver.manage().deleteAllCookies();
        open("signup");
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("signup:email"))).sendKeys(email);
        driver.findElement(By.id("signup:password")).sendKeys("erins-long-password");
        driver.findElement(By.id("signup:confirmation")).sendKeys("erins-long-password");
        driver.findElement(By.id("signup:submit")).click();
        // The sign-up sends the new customer to the login page with the email filled in.
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("login:password"))).sendKeys("erins-long-password");
        assertThat(driver.findElement(By.id("login:email")).getAttribute("value")).isEqualTo(email);
        driver.findElement(By.id("login:submit")).click();
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("logout:submit")));
        assertThat(driver.getPageSource()).contains("awaits activation");
        logOut();

        logIn("admin@example.com", "admin-demo-password");
        open("admin");
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("admin-invoices")));
        driver.findElement(By.cssSelector("nav.admin-nav")).findElement(By.linkText("Customers")).click();
        Browser.waitFor(driver).until(urlContains("admin/customers"));
        try {
            Browser.waitFor(driver).until(presenceOfElementLocated(By.id("f-q")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no search field on " + driver.getCurrentUrl() + ":\n" + driver.getPageSource(), e);
        }
        driver.findElement(By.id("f-q")).sendKeys(email.substring(0, 18));
        driver.findElement(By.id("f-apply")).click();
        Browser.waitFor(driver).until(urlContains("q=erin-"));
        assertThat(Browser.seriousAccessibilityViolations(driver)).as("customers list").isEmpty();
        driver.findElement(By.linkText(email)).click();
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("customer-actions:user")))
                .sendKeys(java.util.UUID.randomUUID().toString());
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Awaiting activation");
        driver.findElement(By.id("customer-actions:link")).click();
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("done")));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Active");
        assertThat(driver.findElement(By.id("actions")).getText()).contains("Activated with a 0xhost user")
                .contains("admin@example.com");
        assertThat(Browser.seriousAccessibilityViolations(driver)).as("customer page").isEmpty();
        Browser.screenshot(driver, "admin-customer");
        logOut();

        logIn(email, "erins-long-password");
        open("plans");
        driver.findElement(By.linkText("Choose Standard")).click();
        Browser.waitFor(driver).until(presenceOfElementLocated(By.id("checkout:submit"))).click();
        Browser.waitFor(driver).until(urlContains("invoice?id="));
        assertThat(Browser.waitFor(driver).until(presenceOfElementLocated(By.id("address"))).getText())
                .isEqualTo(OxhostStub.ADDRESS);
    }
}
