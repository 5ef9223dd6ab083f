package dk.jobmatch.matcher.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the demo data is on: the embedded default (no {@code spring.mongodb.uri}) with
 * {@code matcher.demo-data.enabled} (true unless set otherwise). One rule for the loader and the
 * demo's teams.
 */
final class DemoDataOn implements Condition {

  static boolean in(PropertyResolver properties) {
    return properties.getProperty("spring.mongodb.uri", "").isEmpty()
        && properties.getProperty("matcher.demo-data.enabled", Boolean.class, true);
  }

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return in(context.getEnvironment());
  }
}
