package dk.jobmatch.matcher.page;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.matcher.support.FakeOpenIdProvider;
import dk.jobmatch.matcher.support.PageTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production sign-in in the browser: with an issuer configured the page signs in with OpenID
 * Connect (authorization code with PKCE) against the issuer, here a loopback stand-in, and calls the
 * API with the token it got; the development sign-in is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.mongodb.uri=",
    "matcher.embedded-mongo.file=",
    "matcher.demo-data.enabled=false",
    "spring.mongodb.database=matcher-oidc-page-test",
    "matcher.page.oidc.client-id=" + FakeOpenIdProvider.CLIENT_ID})
class OpenIdConnectSignInPageIT extends PageTestSupport {
  private static final FakeOpenIdProvider PROVIDER = new FakeOpenIdProvider();

  @DynamicPropertySource
  static void issuer(DynamicPropertyRegistry registry) {
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", PROVIDER::issuer);
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.close();
  }

  @Test
  void signsInWithOpenIdConnectAndPkceAndCallsTheApiWithTheIssuersToken() {
    open("/");
    heading("Log ind");
    assertThat(browser.findElement(By.id("dev-banner")).isDisplayed()).isFalse();
    assertThat(browser.findElements(By.cssSelector("select[name=jobCentre]"))).isEmpty();
    assertAccessible("log ind med OpenID Connect");
    int issuedBefore = PROVIDER.tokensIssued();

    visible(By.xpath("//button[text()='Log ind med jobcentrets log-ind']")).click();

    heading("Mine borgere");
    assertThat(PROVIDER.tokensIssued()).isEqualTo(issuedBefore + 1);
    assertThat(visible(By.id("who")).getText()).contains(FakeOpenIdProvider.CONSULTANT);
    assertThat(browser.getCurrentUrl()).doesNotContain("code=").doesNotContain("state=");
  }
}
