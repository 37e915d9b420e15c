package net.zeroxhost.portal.testsupport;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, so Selenium Manager never tries
 * to download anything, with the flags that keep it off the network.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        return new ChromeDriver(service, options);
    }

    public static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** The serious and critical axe-core violations of the current page, one line each. */
    public static List<String> seriousAccessibilityViolations(WebDriver driver) {
        return seriousAccessibilityViolations(driver, List.of());
    }

    /** As above, without the named axe rules: each caller says why a rule does not apply. */
    public static List<String> seriousAccessibilityViolations(WebDriver driver, List<String> notApplying) {
        AxeBuilder axe = new AxeBuilder();
        if (!notApplying.isEmpty()) {
            axe.disableRules(notApplying);
        }
        Results results = axe.analyze(driver);
        List<Rule> violations = results.getViolations();
        return violations.stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList();
    }

    public static void screenshot(WebDriver driver, String name) throws IOException {
        // One folder per server under test: target/screenshots/payara-micro/, .../wildfly/, ...
        String server = System.getProperty("arquillian.xml", "arquillian-default.xml")
                .replaceFirst("^arquillian-", "").replaceFirst("\\.xml$", "");
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"), server);
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
