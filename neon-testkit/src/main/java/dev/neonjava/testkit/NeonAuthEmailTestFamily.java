package dev.neonjava.testkit;

import dev.neonjava.generated.model.SendNeonAuthEmailProviderTestRequest;
import dev.neonjava.generated.model.SendNeonAuthTestEmailResponse;
import java.util.Map;
import java.util.function.Function;

/**
 * The test email through a branch's saved email provider: the emulator sends nothing; a recipient that looks
 * like an address is reported sent, anything else not sent with the reason ({@code success: false}, as an
 * SMTP server's refusal would be).
 */
final class NeonAuthEmailTestFamily extends ResourceFamily {
  NeonAuthEmailTestFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("sendNeonAuthEmailProviderTest", this::send);
  }

  private Reply send(Call c) {
    branch(project(c.path("project_id")), c.path("branch_id"));
    String to = c.body(SendNeonAuthEmailProviderTestRequest.class).getRecipientEmail();
    if (to == null || !to.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      return Reply.json(200, new SendNeonAuthTestEmailResponse().success(false)
          .errorMessage("invalid recipient address: " + to));
    }
    return Reply.json(200, new SendNeonAuthTestEmailResponse().success(true));
  }
}
