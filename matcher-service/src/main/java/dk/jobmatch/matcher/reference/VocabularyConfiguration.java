package dk.jobmatch.matcher.reference;

import dk.jobmatch.index.WishSuggestions;
import dk.jobmatch.index.vocabulary.Vocabulary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The controlled vocabulary (demands, accommodations, needs, wishes) and the wish suggestions built on it, once. */
@Configuration(proxyBeanMethods = false)
class VocabularyConfiguration {
  @Bean
  Vocabulary vocabulary() {
    return Vocabulary.bundled();
  }

  @Bean
  WishSuggestions wishSuggestions(Vocabulary vocabulary) {
    return new WishSuggestions(vocabulary);
  }
}
