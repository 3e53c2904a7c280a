package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.CredentialsApi;
import dev.neonjava.generated.api.CredentialsApi.CreateCredentialParams;
import dev.neonjava.generated.api.CredentialsApi.ListCredentialsParams;
import dev.neonjava.generated.api.CredentialsApi.RevealCredentialParams;
import dev.neonjava.generated.api.CredentialsApi.RevokeCredentialParams;
import dev.neonjava.generated.api.CredentialsApi.RotateCredentialParams;
import dev.neonjava.generated.model.CredentialSecret;
import dev.neonjava.generated.model.RotateCredentialResponse;
import dev.neonjava.generated.model.CreateCredentialRequest;
import dev.neonjava.generated.model.CredentialMeta;
import dev.neonjava.generated.model.ListCredentialsResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The scoped credentials of one branch (tokens for its storage, AI gateway and functions): list
 * (without secrets), create (the secrets returned as {@link dev.neonjava.runtime.Secret}s), reveal
 * the secrets again, rotate them, revoke.
 */
public final class Credentials extends Resource<Credentials> {
  private final CredentialsApi api;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public Credentials(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new CredentialsApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected Credentials rebind(ApiClient client) {
    return new Credentials(client, waiter, projectId, branchId);
  }

  /**
   * Returns the branch's credentials, without their secrets.
   * @return the credentials
   */
  @CallsOperation("listCredentials")
  public List<CredentialMeta> list() {
    return member(api.listCredentials(listParams()), ListCredentialsResponse::getCredentials, "listCredentials",
        "credentials");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<CredentialMeta>> listAsync() {
    return async(() -> api.listCredentialsAsync(listParams()))
        .thenApply(r -> member(r, ListCredentialsResponse::getCredentials, "listCredentials", "credentials"));
  }

  /**
   * Creates a credential. Its secrets are shown this once: keep them.
   * @param request scopes and principal_type (both required), name
   * @return the credential with its API token and S3 secret key as secrets
   */
  @CallsOperation("createCredential")
  public IssuedCredential create(Consumer<CreateCredentialRequest> request) {
    return create(configure(new CreateCredentialRequest(), request, "request"));
  }

  /**
   * As {@link #create(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the credential with its secrets
   */
  public IssuedCredential create(CreateCredentialRequest request) {
    return IssuedCredential.of(api.createCredential(createParams(request)));
  }

  /**
   * Asynchronous {@link #create(CreateCredentialRequest)}.
   * @param request the request
   * @return the pending credential
   */
  public CompletableFuture<IssuedCredential> createAsync(CreateCredentialRequest request) {
    return async(() -> api.createCredentialAsync(createParams(request))).thenApply(IssuedCredential::of);
  }

  /**
   * Revokes a credential: its token stops working.
   * @param tokenId the credential's token_id (not the token itself)
   * @throws dev.neonjava.runtime.NotFoundException when there is no such credential
   */
  @CallsOperation("revokeCredential")
  public void revoke(String tokenId) {
    api.revokeCredential(revokeParams(tokenId));
  }

  /**
   * Asynchronous {@link #revoke(String)}.
   * @param tokenId the credential's token_id
   * @return completes when revoked
   */
  public CompletableFuture<Void> revokeAsync(String tokenId) {
    return async(() -> api.revokeCredentialAsync(revokeParams(tokenId)));
  }

  /**
   * Revokes a credential if it still exists: for clean-up code that may run twice.
   * @param tokenId the credential's token_id
   * @return whether this call revoked it (false: it was already gone)
   */
  public boolean revokeIfExists(String tokenId) {
    return Calls.deleteIfExists(() -> revoke(tokenId));
  }

  /**
   * Reveals a credential's current secrets.
   * @param tokenId the credential's token_id
   * @return the secrets
   * @throws dev.neonjava.runtime.NotFoundException when there is no such credential
   */
  @CallsOperation("revealCredential")
  public CredentialSecrets reveal(String tokenId) {
    return revealed(api.revealCredential(RevealCredentialParams.builder().projectId(projectId).branchId(branchId)
        .tokenId(Validation.id(tokenId, "token_id")).build()));
  }

  /**
   * Asynchronous {@link #reveal(String)}.
   * @param tokenId the credential's token_id
   * @return the pending secrets
   */
  public CompletableFuture<CredentialSecrets> revealAsync(String tokenId) {
    return async(() -> api.revealCredentialAsync(RevealCredentialParams.builder().projectId(projectId)
        .branchId(branchId).tokenId(Validation.id(tokenId, "token_id")).build())).thenApply(Credentials::revealed);
  }

  /**
   * Rotates a credential: new secrets replace the old ones, which stop working.
   * @param tokenId the credential's token_id
   * @return the new secrets
   */
  @CallsOperation("rotateCredential")
  public CredentialSecrets rotate(String tokenId) {
    return rotated(api.rotateCredential(rotateParams(tokenId)));
  }

  /**
   * Asynchronous {@link #rotate(String)}.
   * @param tokenId the credential's token_id
   * @return the pending new secrets
   */
  public CompletableFuture<CredentialSecrets> rotateAsync(String tokenId) {
    return async(() -> api.rotateCredentialAsync(rotateParams(tokenId))).thenApply(Credentials::rotated);
  }

  private static CredentialSecrets revealed(CredentialSecret r) {
    CredentialSecret body = member(r, x -> x, "revealCredential", "body");
    return CredentialSecrets.of("revealCredential", body.getTokenId(), body.getApiToken(), body.getS3SecretAccessKey());
  }

  private static CredentialSecrets rotated(RotateCredentialResponse r) {
    RotateCredentialResponse body = member(r, x -> x, "rotateCredential", "body");
    return CredentialSecrets.of("rotateCredential", body.getTokenId(), body.getApiToken(), body.getS3SecretAccessKey());
  }

  private RotateCredentialParams rotateParams(String tokenId) {
    return RotateCredentialParams.builder().projectId(projectId).branchId(branchId)
        .tokenId(Validation.id(tokenId, "token_id")).build();
  }

  private ListCredentialsParams listParams() {
    return ListCredentialsParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private CreateCredentialParams createParams(CreateCredentialRequest request) {
    return CreateCredentialParams.builder().projectId(projectId).branchId(branchId)
        .createCredentialRequest(ApiRequest.require(request, "request")).build();
  }

  private RevokeCredentialParams revokeParams(String tokenId) {
    return RevokeCredentialParams.builder().projectId(projectId).branchId(branchId)
        .tokenId(Validation.id(tokenId, "token_id")).build();
  }
}
