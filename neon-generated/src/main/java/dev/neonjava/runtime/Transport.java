package dev.neonjava.runtime;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one exchange and returns the response, whatever its status. Layers (retry, logging, rate
 * limit) wrap one another around {@link HttpClientTransport}; each layer is one class.
 */
public interface Transport {
  /**
   * @param exchange the call
   * @return the response
   * @throws IOException when no response could be had
   * @throws InterruptedException when the calling thread was interrupted
   */
  HttpResponse<byte[]> send(Exchange exchange) throws IOException, InterruptedException;

  /**
   * @param exchange the call
   * @return the pending response; completes exceptionally with the I/O failure
   */
  CompletableFuture<HttpResponse<byte[]>> sendAsync(Exchange exchange);
}
