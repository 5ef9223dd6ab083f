package dk.jobmatch.matcher.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The development token issuer of the embedded default. It exists only while no production issuer
 * or JWK set is configured, so a deployment that configures its identity provider cannot mint
 * tokens here. The RSA key is generated at start and never stored: tokens die with the process.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDevIssuer
class DevTokenConfiguration {
  static final String ISSUER = "urn:jobmatch:dev-issuer";
  private static final Logger log = LoggerFactory.getLogger(DevTokenConfiguration.class);

  @Bean
  DevTokens devTokens() {
    KeyPair keys = rsaKeyPair();
    log.warn("No JWT issuer configured: development tokens are available at POST {} (loopback only). "
        + "Configure spring.security.oauth2.resourceserver.jwt.issuer-uri in production.", DevTokenController.PATH);
    return new DevTokens(ISSUER, NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()).build(),
        (RSAPublicKey) keys.getPublic());
  }

  @Bean
  ReactiveJwtDecoder devJwtDecoder(DevTokens tokens) {
    NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(tokens.publicKey()).build();
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ISSUER)));
    // The issuer is a URN, not a URL: Spring's default claim mapping would try (and fail, with two
    // exceptions thrown and caught) to make it a URL on every request.
    decoder.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(
        Map.of(JwtClaimNames.ISS, issuer -> issuer == null ? null : issuer.toString())));
    return decoder;
  }

  private static KeyPair rsaKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
