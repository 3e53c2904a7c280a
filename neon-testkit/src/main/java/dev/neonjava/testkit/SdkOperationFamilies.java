package dev.neonjava.testkit;

import java.util.List;

/**
 * The behaviour of the operations spec/ takes from {@code @neon/sdk} 6.1.2 (spec/README.md): project members,
 * triggers, custom domains, logs, credential reveal and rotate (with the rest of the credentials), and the
 * email provider test. One family per resource; {@link ControlPlane} registers them after its own.
 */
final class SdkOperationFamilies {
  private SdkOperationFamilies() {
  }

  static List<ResourceFamily> of(ControlPlane plane) {
    return List.of(new MembersFamily(plane), new TriggersFamily(plane), new CustomDomainsFamily(plane),
        new LogsFamily(plane), new CredentialsFamily(plane), new NeonAuthEmailTestFamily(plane));
  }
}
