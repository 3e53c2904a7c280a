package dev.neonjava.testkit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * WireMock 3 as the HTTP server: one catch-all stub whose response every request gets from the
 * {@link Dispatcher} through a response-definition transformer. WireMock brings the loopback Jetty
 * server, response delays and connection faults; the state and rules are the emulator's.
 */
final class WireMockHost implements AutoCloseable {
  private static final String TRANSFORMER = "neon-emulator";

  private final WireMockServer server;

  /**
   * Takes bindAddress, the address to listen on (127.0.0.1 unless the standalone server is told otherwise).
   * @param bindAddress the address to listen on (127.0.0.1 unless the standalone server is told otherwise)
   * @param port the port, 0 for an ephemeral one
   */
  WireMockHost(Function<Dispatcher.Incoming, Reply> dispatcher, String bindAddress, int port) {
    WireMockConfiguration options = WireMockConfiguration.options().bindAddress(bindAddress);
    if (port == 0) {
      options.dynamicPort();
    } else {
      options.port(port);
    }
    server = new WireMockServer(options
        .disableRequestJournal()
        .stubRequestLoggingDisabled(true)
        .gzipDisabled(true)
        .notifier(new ConsoleNotifier(false))
        .extensions(new Transformer(dispatcher)));
    server.start();
    server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(500)));
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.stop();
  }

  private static final class Transformer implements ResponseDefinitionTransformerV2 {
    private final Function<Dispatcher.Incoming, Reply> dispatcher;

    Transformer(Function<Dispatcher.Incoming, Reply> dispatcher) {
      this.dispatcher = dispatcher;
    }

    @Override
    public String getName() {
      return TRANSFORMER;
    }

    @Override
    public boolean applyGlobally() {
      return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      Request request = event.getRequest();
      URI uri = URI.create(request.getUrl());
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (HttpHeader header : request.getHeaders().all()) {
        headers.put(header.key(), header.values());
      }
      Reply reply = dispatcher.apply(new Dispatcher.Incoming(request.getMethod().getName(), uri.getRawPath(),
          uri.getRawQuery(), headers, request.getBody(), request.getClientIp()));
      ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition();
      if (reply.connectionFault != null) {
        response.withFault(reply.connectionFault == Fault.Kind.CONNECTION_RESET
            ? com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER
            : com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE);
        return response.build();
      }
      response.withStatus(reply.status);
      if (reply.contentType != null) {
        response.withHeader("Content-Type", reply.contentType);
      }
      reply.headers.forEach(response::withHeader);
      if (reply.body.length > 0) {
        response.withBody(reply.body);
      }
      if (reply.delayMillis > 0) {
        response.withFixedDelay((int) Math.min(Integer.MAX_VALUE, reply.delayMillis));
      }
      return response.build();
    }
  }
}
