package dev.neonjava.resources;

import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.RequestOptions;
import dev.neonjava.wait.OperationWaiter;
import java.util.function.Consumer;

/**
 * What every resource of the fluent client shares: the low-level client its calls go through, the
 * waiter for the operations they start, and {@link #withOptions} for per-call options.
 *
 * @param <S> the resource's own type
 */
public abstract class Resource<S extends Resource<S>> {
  /** The low-level client every call of this resource goes through. */
  protected final ApiClient client;
  /** Waits for the operations a mutation started. */
  protected final OperationWaiter waiter;

  /**
   * Binds the resource to a client.
   * @param client the low-level client
   * @param waiter waits for operations
   */
  protected Resource(ApiClient client, OperationWaiter waiter) {
    this.client = ApiRequest.require(client, "client");
    this.waiter = ApiRequest.require(waiter, "waiter");
  }

  /**
   * Returns this resource bound to another view of the client.
   * @param client the view
   * @return the same resource (same ids) over {@code client}
   */
  protected abstract S rebind(ApiClient client);

  /**
   * Returns this resource with per-call options for every call made through it: a timeout for each
   * whole call, a cap on attempts, extra headers. Waits for operations keep the client's poll schedule.
   * <pre>{@code neon.project(id).branches().withOptions(o -> o.timeout(Duration.ofSeconds(5))).list()}</pre>
   * @param options sets the options
   * @return the resource with those options; this one is unchanged
   */
  public final S withOptions(Consumer<RequestOptions.Builder> options) {
    RequestOptions.Builder builder = RequestOptions.builder();
    ApiRequest.require(options, "options").accept(builder);
    return withOptions(builder.build());
  }

  /**
   * Returns this resource with per-call options, as {@link #withOptions(Consumer)}.
   * @param options the options
   * @return the resource with those options; this one is unchanged
   */
  public final S withOptions(RequestOptions options) {
    return rebind(client.withOptions(options));
  }
}
