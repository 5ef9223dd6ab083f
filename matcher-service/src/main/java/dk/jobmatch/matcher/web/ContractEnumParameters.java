package dk.jobmatch.matcher.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Query and path parameters that are enums are read by the values the contract spells
 * ({@code ?format=plain}), not by the Java constant's name ({@code PLAIN}): the generated enums
 * print their contract value, and that is what a parameter must equal, exactly. Spring's own reader
 * took only constant names. An unknown value becomes a type mismatch, which the problem handler
 * reports as 400 naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class ContractEnumParameters implements WebFluxConfigurer {

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverterFactory(new ByContractValue());
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class ByContractValue implements ConverterFactory<String, Enum> {
    @Override
    public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
      return text -> {
        for (T constant : type.getEnumConstants()) {
          if (constant.toString().equals(text)) {
            return constant;
          }
        }
        throw new IllegalArgumentException("is not one of the values the contract lists");
      };
    }
  }
}
