package dev.neonjava.resources;

import dev.neonjava.generated.model.CreateCredentialResponse;
import dev.neonjava.generated.model.CredentialScope;
import dev.neonjava.runtime.ResponseDecodingException;
import dev.neonjava.runtime.Secret;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A credential as just created: its id, scopes and expiry, and its two secrets (the API token and
 * the S3 secret access key), which Neon shows only this once. The secrets are {@link Secret}s and
 * {@link #toString()} never shows them.
 */
public final class IssuedCredential {
  private static final String OP = "createCredential";
  private final CreateCredentialResponse response;
  private final Secret apiToken;
  private final Secret s3SecretAccessKey;

  private IssuedCredential(CreateCredentialResponse response, Secret apiToken, Secret s3SecretAccessKey) {
    this.response = response;
    this.apiToken = apiToken;
    this.s3SecretAccessKey = s3SecretAccessKey;
  }

  static IssuedCredential of(CreateCredentialResponse response) {
    CreateCredentialResponse r = Calls.member(response, x -> x, OP, "body");
    ResponseDecodingException.requireMember(r.getTokenId(), OP, "token_id");
    return new IssuedCredential(r,
        Secret.of(ResponseDecodingException.requireMember(r.getApiToken(), OP, "api_token"), "api_token"),
        Secret.of(ResponseDecodingException.requireMember(r.getS3SecretAccessKey(), OP, "s3_secret_access_key"),
            "s3_secret_access_key"));
  }

  /**
   * Returns the id to revoke the credential by.
   * @return the token id (not a secret)
   */
  public String tokenId() {
    return response.getTokenId();
  }

  /**
   * Returns the short form of the token id, as Neon's console shows it.
   * @return the short token id
   */
  public String tokenIdShort() {
    return response.getTokenIdShort();
  }

  /**
   * Returns the name given at creation.
   * @return the name, or null
   */
  public String name() {
    return response.getName();
  }

  /**
   * Returns the API token: the bearer token for the scoped services.
   * @return the token; pass it on, never log it
   */
  public Secret apiToken() {
    return apiToken;
  }

  /**
   * Returns the S3 secret access key for the branch's S3-compatible storage.
   * @return the key; pass it on, never log it
   */
  public Secret s3SecretAccessKey() {
    return s3SecretAccessKey;
  }

  /**
   * Returns what the credential may do.
   * @return the scopes
   */
  public List<CredentialScope> scopes() {
    return response.getScopes() == null ? List.of() : List.copyOf(response.getScopes());
  }

  /**
   * Returns the branch the credential is scoped to.
   * @return the branch id
   */
  public String branchId() {
    return response.getBranchId();
  }

  /**
   * Returns when the credential was created.
   * @return the creation time
   */
  public OffsetDateTime createdAt() {
    return response.getCreatedAt();
  }

  /**
   * Returns when the credential stops working.
   * @return the expiry, or null for none
   */
  public OffsetDateTime expiresAt() {
    return response.getExpiresAt();
  }

  @Override
  public String toString() {
    return "IssuedCredential{tokenIdShort=" + tokenIdShort() + ", name=" + name() + ", scopes=" + scopes()
        + ", branchId=" + branchId() + ", apiToken=***, s3SecretAccessKey=***}";
  }
}
