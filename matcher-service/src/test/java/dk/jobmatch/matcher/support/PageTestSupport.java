package dk.jobmatch.matcher.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.contract.ContractValidator;
import dk.jobmatch.matcher.security.DevTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the browser tests: the real service on a random port with the embedded MongoDB in memory
 * and the demo data set (always the embedded default, whatever {@code SPRING_MONGODB_URI} says, since
 * the page's development sign-in exists only there), and the one shared headless Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.mongodb.uri=",
    "matcher.embedded-mongo.file=",
    "matcher.demo-data.enabled=true",
    "spring.mongodb.database=matcher-page-test"})
public abstract class PageTestSupport {
  /** Where screenshots land; the README shows a copy from docs/. */
  protected static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

  @LocalServerPort
  protected int port;
  protected ChromeDriver browser;
  protected WebDriverWait waiting;
  /** Only on the embedded default; a test with an OpenID Connect issuer has none. */
  @Autowired
  private ObjectProvider<DevTokens> tokens;

  @BeforeEach
  void freshBrowserSession() {
    browser = Browser.shared();
    browser.manage().window().setSize(new Dimension(Browser.WIDTH, Browser.HEIGHT));
    waiting = new WebDriverWait(browser, Duration.ofSeconds(30));
    // A same-origin document without the page's script, so nothing races the clearing; the next
    // open() is then a full load that starts signed out.
    open("/page/config");
    ((JavascriptExecutor) browser).executeScript("sessionStorage.clear(); localStorage.clear();");
  }

  /** On failure: a screenshot and the page's HTML next to the others, to see what the browser saw. */
  @RegisterExtension
  final TestWatcher keepFailedPage = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser == null) {
        return;
      }
      String name = "failed-" + context.getRequiredTestMethod().getName();
      try {
        screenshot(name);
        Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
      } catch (RuntimeException | IOException e) {
        cause.addSuppressed(e);
      }
    }
  };

  protected String base() {
    return "http://127.0.0.1:" + port;
  }

  /** The API as a consultant of {@code jobCentre}, for a test that lays out its own citizens and companies. */
  protected WebTestClient api(String jobCentre) {
    return WebTestClient.bindToServer().baseUrl(base()).responseTimeout(Duration.ofSeconds(30))
        .filter(ContractValidator.api().filter())
        .defaultHeader("Authorization", "Bearer " + tokens.getObject().mint("page-test-" + jobCentre, jobCentre, ApiTestSupport.ALL_SCOPES))
        .build();
  }

  protected UUID createCitizen(String jobCentre, CitizenInput citizen) {
    return api(jobCentre).post().uri("/citizens").bodyValue(citizen).exchange()
        .expectStatus().isCreated().expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
  }

  protected UUID createCompany(String jobCentre, CompanyInput company) {
    return api(jobCentre).post().uri("/companies").bodyValue(company).exchange()
        .expectStatus().isCreated().expectBody(Company.class).returnResult().getResponseBody().getCompanyId();
  }

  /** Opens a path of the page, e.g. {@code /#/borgere}, and waits for the page's first heading. */
  protected void open(String path) {
    browser.get(base() + path);
  }

  /** Development sign-in as a demo consultant of {@code jobCentre}; waits for the citizen list. */
  protected void signInAs(String jobCentre) {
    open("/#/log-ind");
    WebElement centre = visible(By.cssSelector("select[name=jobCentre]"));
    new Select(centre).selectByValue(jobCentre);
    browser.findElement(By.id("log-ind")).click();
    waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.citizens")));
  }

  /** Waits until the page shows a first heading starting with {@code start} (pages render after their API calls). */
  protected WebElement heading(String start) {
    waiting.until(driver -> {
      Object text = browser.executeScript("const h = document.querySelector('main h1'); return h ? h.textContent : null");
      return text != null && text.toString().startsWith(start);
    });
    return browser.findElement(By.cssSelector("main h1"));
  }

  protected WebElement visible(By by) {
    return waiting.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  protected List<String> texts(By by) {
    return browser.findElements(by).stream().map(WebElement::getText).toList();
  }

  /** Fails when axe-core finds any serious or critical WCAG 2.1 A/AA violation on the current page. */
  protected void assertAccessible(String page) {
    Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
        .analyze(browser);
    List<Rule> blocking = results.getViolations().stream()
        .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact())).toList();
    assertThat(blocking)
        .as("serious or critical accessibility violations on %s: %s", page, blocking.stream()
            .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
            .collect(Collectors.joining("; ")))
        .isEmpty();
  }

  /** Writes what a laptop screen shows of the current page (no scrolling) to target/screenshots/{name}.png. */
  protected Path screenOnly(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a full-length screenshot of the current page to target/screenshots/{name}.png. */
  protected Path screenshot(String name) {
    return screenshot(name, Browser.WIDTH);
  }

  protected Path screenshot(String name, int width) {
    Dimension before = browser.manage().window().getSize();
    try {
      Files.createDirectories(SCREENSHOTS);
      browser.manage().window().setSize(new Dimension(width, Browser.HEIGHT));
      long height = (Long) ((JavascriptExecutor) browser).executeScript(
          "return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight))");
      browser.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height + 60, Browser.HEIGHT), 6000)));
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      browser.manage().window().setSize(before);
    }
  }
}
