package dk.jobmatch.matcher.page;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.matcher.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The page and its files are served by the service without a token, from this service only. */
class ConsultantPageRoutesIT extends ApiTestSupport {

  @Test
  void servesThePageAtTheRootWithAPolicyThatAllowsOnlyThisService() {
    http.get().uri("/").exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
            .contains("default-src 'self'", "script-src 'self'", "connect-src 'self';", "frame-ancestors 'none'"))
        .expectBody(String.class).value(html -> assertThat(html)
            .contains("<html lang=\"da\">", "/app/main.js", "/app/app.css")
            .doesNotContain("http://", "https://"));
  }

  @Test
  void sendsThePageUnderItsFileNameToTheRootWhereThePolicyIsSet() {
    http.get().uri("/index.html").exchange()
        .expectStatus().isPermanentRedirect()
        .expectHeader().location("/");
  }

  @Test
  void servesScriptsAndStylesWithoutAToken() {
    http.get().uri("/app/main.js").exchange()
        .expectStatus().isOk()
        .expectHeader().value("Content-Type", type -> assertThat(type).contains("javascript"));
    http.get().uri("/app/app.css").exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith("text/css");
  }

  @Test
  void tellsThePageToUseTheDevelopmentSignInWithJobCentresAndDanishLabels() {
    http.get().uri("/page/config").exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.signIn").isEqualTo("development")
        .jsonPath("$.issuer").doesNotExist()
        .jsonPath("$.jobCentres[?(@.code == '101')].name").isEqualTo("København")
        .jsonPath("$.jobCentres[?(@.code == '101')].lat").isNotEmpty()
        .jsonPath("$.jobCentres[?(@.code == '101')].lon").isNotEmpty()
        .jsonPath("$.labels.needs.NO_HEAVY_LIFTING").isEqualTo("ingen tunge løft")
        .jsonPath("$.labels.demands.HEAVY_LIFTING").isEqualTo("tunge løft")
        .jsonPath("$.labels.accommodations.LIFTING_AIDS").isEqualTo("løftehjælpemidler")
        .jsonPath("$.labels.wishes.CUSTOMER_CONTACT").isEqualTo("arbejde med kunder")
        .jsonPath("$.labels.occupations.9333").isEqualTo("lagermedarbejder");
  }

  @Test
  void keepsTheApiClosedWithoutAToken() {
    http.get().uri("/citizens").exchange().expectStatus().isUnauthorized();
  }
}
