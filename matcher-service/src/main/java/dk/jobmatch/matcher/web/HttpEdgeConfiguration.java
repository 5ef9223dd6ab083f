package dk.jobmatch.matcher.web;

import io.netty.channel.ChannelPipeline;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP server's edge: the timeouts that drop half-sent requests ({@link HttpEdgeProperties})
 * and, on every connection, {@link HttpEdgeHandler}, which answers requests that cannot be read
 * with problem+json and never leaves a connection hanging after one.
 */
@Configuration(proxyBeanMethods = false)
class HttpEdgeConfiguration {
  static final String HANDLER = "matcher.httpEdge";

  @Bean
  NettyServerCustomizer httpEdge(HttpEdgeProperties properties, JsonMapper json) {
    EdgeAnswers answers = new EdgeAnswers(json);
    return server -> server
        .readTimeout(properties.requestReadTimeout())
        .requestTimeout(properties.requestBodyTimeout())
        .doOnChannelInit((observer, channel, remoteAddress) -> {
          ChannelPipeline pipeline = channel.pipeline();
          // Only on HTTP/1.1 connections, right behind the codec's decoded messages.
          if (pipeline.get(NettyPipeline.HttpTrafficHandler) != null) {
            pipeline.addBefore(NettyPipeline.HttpTrafficHandler, HANDLER,
                new HttpEdgeHandler(answers, properties.requestHeaderTimeout(), properties.closeLinger()));
          }
        });
  }
}
