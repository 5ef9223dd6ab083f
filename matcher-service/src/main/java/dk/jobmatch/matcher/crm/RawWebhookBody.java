package dk.jobmatch.matcher.crm;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps the raw bytes of a webhook request for its HMAC check (the signature covers the bytes as
 * sent, not the parsed JSON) and hands the same bytes on to the controller's body decoding.
 */
@Component
class RawWebhookBody implements WebFilter {
  static final String ATTRIBUTE = RawWebhookBody.class.getName();
  /** Same bound as spring.codec.max-in-memory-size's default here. */
  static final int MAX_BYTES = 512 * 1024;
  private static final PathPattern WEBHOOK = PathPatternParser.defaultInstance.parse("/crm-sources/{sourceId}/webhook");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    if (request.getMethod() != HttpMethod.POST || !WEBHOOK.matches(request.getPath().pathWithinApplication())) {
      return chain.filter(exchange);
    }
    return DataBufferUtils.join(request.getBody(), MAX_BYTES)
        .map(joined -> {
          byte[] bytes = new byte[joined.readableByteCount()];
          joined.read(bytes);
          DataBufferUtils.release(joined);
          return bytes;
        })
        .defaultIfEmpty(new byte[0])
        .flatMap(bytes -> {
          exchange.getAttributes().put(ATTRIBUTE, bytes);
          ServerHttpRequest replay = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
              return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(bytes)));
            }
          };
          return chain.filter(exchange.mutate().request(replay).build());
        })
        .onErrorResume(DataBufferLimitException.class, tooLarge -> chain.filter(exchange));
  }
}
