package dk.jobmatch.matcher.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** Present only while no production JWT issuer or JWK set is configured. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnExpression("'${spring.security.oauth2.resourceserver.jwt.issuer-uri:}'.isEmpty()"
    + " and '${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}'.isEmpty()")
@interface ConditionalOnDevIssuer {}
