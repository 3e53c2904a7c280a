package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.AuthApi;
import dev.neonjava.generated.api.AuthApi.GetNeonAuthPhoneNumberPluginParams;
import dev.neonjava.generated.api.AuthApi.GetNeonAuthPluginConfigsParams;
import dev.neonjava.generated.api.AuthApi.UpdateNeonAuthMagicLinkPluginParams;
import dev.neonjava.generated.api.AuthApi.UpdateNeonAuthOrganizationPluginParams;
import dev.neonjava.generated.api.AuthApi.UpdateNeonAuthPhoneNumberPluginParams;
import dev.neonjava.generated.model.NeonAuthMagicLinkConfig;
import dev.neonjava.generated.model.NeonAuthMagicLinkConfigUpdate;
import dev.neonjava.generated.model.NeonAuthOrganizationConfig;
import dev.neonjava.generated.model.NeonAuthOrganizationConfigUpdate;
import dev.neonjava.generated.model.NeonAuthPhoneNumberConfig;
import dev.neonjava.generated.model.NeonAuthPhoneNumberConfigUpdate;
import dev.neonjava.generated.model.NeonAuthPluginConfigs;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The plugins of Neon Auth on one branch: organizations, magic links and phone numbers. Each update
 * changes only the settings it sets.
 */
public final class NeonAuthPlugins extends Resource<NeonAuthPlugins> {
  private final AuthApi api;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public NeonAuthPlugins(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new AuthApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected NeonAuthPlugins rebind(ApiClient client) {
    return new NeonAuthPlugins(client, waiter, projectId, branchId);
  }

  /**
   * Returns the settings of every plugin (and of sign-in methods) at once.
   * @return the plugin settings
   */
  @CallsOperation("getNeonAuthPluginConfigs")
  public NeonAuthPluginConfigs get() {
    return member(api.getNeonAuthPluginConfigs(getParams()), r -> r, "getNeonAuthPluginConfigs", "body");
  }

  /**
   * Asynchronous {@link #get()}.
   * @return the pending settings
   */
  public CompletableFuture<NeonAuthPluginConfigs> getAsync() {
    return async(() -> api.getNeonAuthPluginConfigsAsync(getParams()))
        .thenApply(r -> member(r, x -> x, "getNeonAuthPluginConfigs", "body"));
  }

  /**
   * Changes the organization plugin.
   * @param changes sets enabled, organization_limit, membership_limit, creator_role, send_invitation_email
   * @return the plugin's settings as changed
   */
  @CallsOperation("updateNeonAuthOrganizationPlugin")
  public NeonAuthOrganizationConfig updateOrganization(Consumer<NeonAuthOrganizationConfigUpdate> changes) {
    return updateOrganization(configure(new NeonAuthOrganizationConfigUpdate(), changes, "changes"));
  }

  /**
   * As {@link #updateOrganization(Consumer)}, with the changes built by the caller.
   * @param changes the changes
   * @return the plugin's settings as changed
   */
  public NeonAuthOrganizationConfig updateOrganization(NeonAuthOrganizationConfigUpdate changes) {
    return member(api.updateNeonAuthOrganizationPlugin(organizationParams(changes)), r -> r,
        "updateNeonAuthOrganizationPlugin", "body");
  }

  /**
   * Asynchronous {@link #updateOrganization(NeonAuthOrganizationConfigUpdate)}.
   * @param changes the changes
   * @return the pending settings
   */
  public CompletableFuture<NeonAuthOrganizationConfig> updateOrganizationAsync(NeonAuthOrganizationConfigUpdate changes) {
    return async(() -> api.updateNeonAuthOrganizationPluginAsync(organizationParams(changes)))
        .thenApply(r -> member(r, x -> x, "updateNeonAuthOrganizationPlugin", "body"));
  }

  /**
   * Changes the magic link plugin.
   * @param changes sets enabled, expires_in (minutes), disable_sign_up
   * @return the plugin's settings as changed
   */
  @CallsOperation("updateNeonAuthMagicLinkPlugin")
  public NeonAuthMagicLinkConfig updateMagicLink(Consumer<NeonAuthMagicLinkConfigUpdate> changes) {
    return updateMagicLink(configure(new NeonAuthMagicLinkConfigUpdate(), changes, "changes"));
  }

  /**
   * As {@link #updateMagicLink(Consumer)}, with the changes built by the caller.
   * @param changes the changes
   * @return the plugin's settings as changed
   */
  public NeonAuthMagicLinkConfig updateMagicLink(NeonAuthMagicLinkConfigUpdate changes) {
    return member(api.updateNeonAuthMagicLinkPlugin(magicLinkParams(changes)), r -> r, "updateNeonAuthMagicLinkPlugin",
        "body");
  }

  /**
   * Asynchronous {@link #updateMagicLink(NeonAuthMagicLinkConfigUpdate)}.
   * @param changes the changes
   * @return the pending settings
   */
  public CompletableFuture<NeonAuthMagicLinkConfig> updateMagicLinkAsync(NeonAuthMagicLinkConfigUpdate changes) {
    return async(() -> api.updateNeonAuthMagicLinkPluginAsync(magicLinkParams(changes)))
        .thenApply(r -> member(r, x -> x, "updateNeonAuthMagicLinkPlugin", "body"));
  }

  /**
   * Returns the phone number plugin's settings.
   * @return the plugin's settings
   */
  @CallsOperation("getNeonAuthPhoneNumberPlugin")
  public NeonAuthPhoneNumberConfig phoneNumber() {
    return member(api.getNeonAuthPhoneNumberPlugin(phoneParams()), r -> r, "getNeonAuthPhoneNumberPlugin", "body");
  }

  /**
   * Asynchronous {@link #phoneNumber()}.
   * @return the pending settings
   */
  public CompletableFuture<NeonAuthPhoneNumberConfig> phoneNumberAsync() {
    return async(() -> api.getNeonAuthPhoneNumberPluginAsync(phoneParams()))
        .thenApply(r -> member(r, x -> x, "getNeonAuthPhoneNumberPlugin", "body"));
  }

  /**
   * Changes the phone number plugin.
   * @param changes sets enabled, otp_expires_in (seconds)
   * @return the plugin's settings as changed
   */
  @CallsOperation("updateNeonAuthPhoneNumberPlugin")
  public NeonAuthPhoneNumberConfig updatePhoneNumber(Consumer<NeonAuthPhoneNumberConfigUpdate> changes) {
    return updatePhoneNumber(configure(new NeonAuthPhoneNumberConfigUpdate(), changes, "changes"));
  }

  /**
   * As {@link #updatePhoneNumber(Consumer)}, with the changes built by the caller.
   * @param changes the changes
   * @return the plugin's settings as changed
   */
  public NeonAuthPhoneNumberConfig updatePhoneNumber(NeonAuthPhoneNumberConfigUpdate changes) {
    return member(api.updateNeonAuthPhoneNumberPlugin(phoneUpdateParams(changes)), r -> r,
        "updateNeonAuthPhoneNumberPlugin", "body");
  }

  /**
   * Asynchronous {@link #updatePhoneNumber(NeonAuthPhoneNumberConfigUpdate)}.
   * @param changes the changes
   * @return the pending settings
   */
  public CompletableFuture<NeonAuthPhoneNumberConfig> updatePhoneNumberAsync(NeonAuthPhoneNumberConfigUpdate changes) {
    return async(() -> api.updateNeonAuthPhoneNumberPluginAsync(phoneUpdateParams(changes)))
        .thenApply(r -> member(r, x -> x, "updateNeonAuthPhoneNumberPlugin", "body"));
  }

  private GetNeonAuthPluginConfigsParams getParams() {
    return GetNeonAuthPluginConfigsParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private UpdateNeonAuthOrganizationPluginParams organizationParams(NeonAuthOrganizationConfigUpdate changes) {
    return UpdateNeonAuthOrganizationPluginParams.builder().projectId(projectId).branchId(branchId)
        .neonAuthOrganizationConfigUpdate(ApiRequest.require(changes, "changes")).build();
  }

  private UpdateNeonAuthMagicLinkPluginParams magicLinkParams(NeonAuthMagicLinkConfigUpdate changes) {
    return UpdateNeonAuthMagicLinkPluginParams.builder().projectId(projectId).branchId(branchId)
        .neonAuthMagicLinkConfigUpdate(ApiRequest.require(changes, "changes")).build();
  }

  private GetNeonAuthPhoneNumberPluginParams phoneParams() {
    return GetNeonAuthPhoneNumberPluginParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private UpdateNeonAuthPhoneNumberPluginParams phoneUpdateParams(NeonAuthPhoneNumberConfigUpdate changes) {
    return UpdateNeonAuthPhoneNumberPluginParams.builder().projectId(projectId).branchId(branchId)
        .neonAuthPhoneNumberConfigUpdate(ApiRequest.require(changes, "changes")).build();
  }
}
