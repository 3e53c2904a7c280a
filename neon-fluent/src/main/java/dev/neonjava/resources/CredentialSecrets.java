package dev.neonjava.resources;

import dev.neonjava.runtime.ResponseDecodingException;
import dev.neonjava.runtime.Secret;

/**
 * The two secrets of a credential, as revealed or just rotated: the API token and the S3 secret
 * access key, each a {@link Secret}; {@link #toString()} shows the token id only.
 */
public final class CredentialSecrets {
  private final String tokenId;
  private final Secret apiToken;
  private final Secret s3SecretAccessKey;

  private CredentialSecrets(String tokenId, Secret apiToken, Secret s3SecretAccessKey) {
    this.tokenId = tokenId;
    this.apiToken = apiToken;
    this.s3SecretAccessKey = s3SecretAccessKey;
  }

  static CredentialSecrets of(String operationId, String tokenId, String apiToken, String s3SecretAccessKey) {
    return new CredentialSecrets(ResponseDecodingException.requireMember(tokenId, operationId, "token_id"),
        Secret.of(ResponseDecodingException.requireMember(apiToken, operationId, "api_token"), "api_token"),
        Secret.of(ResponseDecodingException.requireMember(s3SecretAccessKey, operationId, "s3_secret_access_key"),
            "s3_secret_access_key"));
  }

  /**
   * Returns the id of the credential (not a secret).
   * @return the token id
   */
  public String tokenId() {
    return tokenId;
  }

  /**
   * Returns the API token.
   * @return the API token, as a secret
   */
  public Secret apiToken() {
    return apiToken;
  }

  /**
   * Returns the S3 secret access key.
   * @return the S3 secret access key, as a secret
   */
  public Secret s3SecretAccessKey() {
    return s3SecretAccessKey;
  }

  @Override
  public String toString() {
    return "CredentialSecrets{tokenId=" + tokenId + ", apiToken=***, s3SecretAccessKey=***}";
  }
}
