package dk.jobmatch.matcher.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Serves the contract the service implements at {@code /openapi.yaml}, so integrators read the version that runs. */
@Configuration(proxyBeanMethods = false)
class ContractRoute {

  @Bean
  RouterFunction<ServerResponse> openApiContract() {
    ClassPathResource contract = new ClassPathResource("openapi.yaml");
    return RouterFunctions.route()
        .GET("/openapi.yaml", request -> ServerResponse.ok()
            .contentType(MediaType.parseMediaType("application/yaml")).bodyValue(contract))
        .build();
  }
}
