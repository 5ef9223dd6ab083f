package dk.jobmatch.crm.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private final byte[] body = "{\"records\":[]}".getBytes(StandardCharsets.UTF_8);

  @Test
  void acceptsBodySignedWithTheSourceSecret() {
    assertThat(WebhookSignature.matches("s3cret", body, WebhookSignature.sign("s3cret", body))).isTrue();
  }

  @Test
  void rejectsOtherSecretTamperedBodyAndMalformedHeaders() {
    String signature = WebhookSignature.sign("s3cret", body);

    assertThat(WebhookSignature.matches("other", body, signature)).isFalse();
    assertThat(WebhookSignature.matches("s3cret", "{\"records\":[1]}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
    assertThat(WebhookSignature.matches("s3cret", body, signature.substring("sha256=".length()))).isFalse();
    assertThat(WebhookSignature.matches("s3cret", body, "sha256=zz")).isFalse();
    assertThat(WebhookSignature.matches("s3cret", body, null)).isFalse();
    assertThat(WebhookSignature.matches("", body, signature)).isFalse();
  }
}
