package consumer;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.runtime.NeonException;
import dev.neonjava.runtime.TransportException;
import dev.neonjava.runtime.transport.RetryPolicy;

/** Builds a client, serialises a model and makes one call to a closed port: the failure is typed. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    Neon neon = Neon.builder().apiKey("not-a-real-key").baseUrl("http://127.0.0.1:9/api/v2")
        .retryPolicy(RetryPolicy.none()).build();
    String json = neon.apiClient().gson().toJson(new BranchCreateRequestBranch().name("pr-1"));
    if (!json.contains("\"name\":\"pr-1\"")) {
      throw new AssertionError("unexpected JSON " + json);
    }
    try {
      neon.projects().get("no-such-project");
      throw new AssertionError("a call to a closed port succeeded");
    } catch (TransportException expected) {
      System.out.println("[consumer] ok: " + Main.class.getModule() + " uses " + Neon.class.getModule()
          + "; " + json + "; a closed port gives " + expected.getClass().getSimpleName());
    } catch (NeonException other) {
      throw new AssertionError("expected a TransportException", other);
    }
  }
}
