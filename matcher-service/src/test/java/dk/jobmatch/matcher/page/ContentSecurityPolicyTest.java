package dk.jobmatch.matcher.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  @Test
  void allowsOnlyThisServiceWithoutAnIssuer() {
    assertThat(ConsultantPageRoutes.contentSecurityPolicy(null)).contains("connect-src 'self';").doesNotContain("http");
  }

  @Test
  void letsThePageFetchTheTokenFromTheIssuersOriginOnly() {
    assertThat(ConsultantPageRoutes.contentSecurityPolicy("https://login.jobcenter.example/realms/vk"))
        .contains("connect-src 'self' https://login.jobcenter.example;")
        .contains("script-src 'self';");
  }
}
