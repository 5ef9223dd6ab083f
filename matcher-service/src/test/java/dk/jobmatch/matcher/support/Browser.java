package dk.jobmatch.matcher.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for every browser test of the run: Debian's {@code chromium} driven through
 * Debian's {@code /usr/bin/chromedriver}, never a downloaded browser. Started on first use and quit
 * when the test JVM exits. Missing packages fail the test with the command that installs them.
 */
public final class Browser {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** A laptop screen; tablet screenshots resize the window for a moment. */
  public static final int WIDTH = 1280;
  public static final int HEIGHT = 900;

  private static ChromeDriver driver;

  private Browser() {}

  public static synchronized ChromeDriver shared() {
    if (driver == null) {
      driver = start();
      ChromeDriver started = driver;
      Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "quit-chromium"));
    }
    return driver;
  }

  private static ChromeDriver start() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("The browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and "
          + CHROMEDRIVER + ", and they are missing. Install them with: apt-get install -y chromium chromium-driver"
          + " (.ci/run does this when they are missing).");
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Without these Chromium waits on the closed network (updates, sync, QUIC probes) and hangs.
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--lang=da-DK", "--user-data-dir=" + profile,
        "--window-size=" + WIDTH + "," + HEIGHT);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return chrome;
  }
}
