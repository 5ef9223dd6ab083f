package dk.jobmatch.matcher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The employer-matching service: companies, citizens and ranked matches over one REST API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MatcherApplication {

  public static void main(String[] args) {
    SpringApplication.run(MatcherApplication.class, args);
  }
}
