package dev.neonjava.testkit;

import dev.neonjava.generated.model.CreateCredentialRequest;
import dev.neonjava.generated.model.CreateCredentialResponse;
import dev.neonjava.generated.model.CredentialMeta;
import dev.neonjava.generated.model.CredentialScope;
import dev.neonjava.generated.model.CredentialSecret;
import dev.neonjava.generated.model.GrantedCredentialScope;
import dev.neonjava.generated.model.ListCredentialsResponse;
import dev.neonjava.generated.model.RotateCredentialResponse;
import dev.neonjava.testkit.Records.ProjectRec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scoped credentials of a branch: create (token ID {@code nak_live_<32 hex>}, secrets shown once), list,
 * revoke, reveal (the current secrets again) and rotate (new secrets in place, same token ID; the old ones
 * stop revealing). Revoked and unknown credentials answer 404.
 */
final class CredentialsFamily extends ResourceFamily {
  /** One live credential. */
  private static final class CredentialRec {
    String tokenId;
    String name;
    List<CredentialScope> scopes;
    String branchId;
    Instant createdAt;
    String apiToken;
    String s3Secret;
  }

  /** "project/branch" -> token id -> credential, in creation order */
  private final Map<String, Map<String, CredentialRec>> credentials = new HashMap<>();

  CredentialsFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("listCredentials", this::list);
    handlers.put("createCredential", this::create);
    handlers.put("revokeCredential", c -> {
      of(c).remove(credential(c).tokenId);
      return Reply.noContent();
    });
    handlers.put("revealCredential", c -> {
      CredentialRec r = credential(c);
      return Reply.json(200, new CredentialSecret().tokenId(r.tokenId).apiToken(r.apiToken).s3SecretAccessKey(r.s3Secret));
    });
    handlers.put("rotateCredential", this::rotate);
  }

  private Map<String, CredentialRec> of(Call c) {
    ProjectRec p = project(c.path("project_id"));
    return credentials.computeIfAbsent(p.id + "/" + branch(p, c.path("branch_id")).id, k -> new LinkedHashMap<>());
  }

  private CredentialRec credential(Call c) {
    CredentialRec r = of(c).get(c.path("token_id"));
    if (r == null) {
      throw ApiError.notFound("credential " + c.path("token_id") + " not found");
    }
    return r;
  }

  private Reply list(Call c) {
    List<CredentialMeta> out = new ArrayList<>();
    for (CredentialRec r : of(c).values()) {
      out.add(new CredentialMeta().tokenId(r.tokenId).tokenIdShort(shortId(r)).name(r.name)
          .scopes(new ArrayList<>(r.scopes)).branchId(r.branchId).principalType("user").createdAt(time(r.createdAt)));
    }
    return Reply.json(200, new ListCredentialsResponse().credentials(out));
  }

  private Reply create(Call c) {
    Map<String, CredentialRec> branchCredentials = of(c);
    CreateCredentialRequest in = c.body(CreateCredentialRequest.class);
    if (in.getScopes() == null || in.getScopes().isEmpty()) {
      throw ApiError.badRequest("scopes must name at least one scope");
    }
    CredentialRec r = new CredentialRec();
    r.tokenId = "nak_live_" + hex(1);
    r.name = in.getName();
    r.scopes = new ArrayList<>(in.getScopes());
    r.branchId = c.path("branch_id");
    r.createdAt = c.now;
    newSecrets(r);
    branchCredentials.put(r.tokenId, r);
    return Reply.json(201, new CreateCredentialResponse().tokenId(r.tokenId).tokenIdShort(shortId(r)).name(r.name)
        .apiToken(r.apiToken).s3SecretAccessKey(r.s3Secret).scopes(new ArrayList<>(r.scopes)).branchId(r.branchId)
        .createdAt(time(r.createdAt)));
  }

  private Reply rotate(Call c) {
    CredentialRec r = credential(c);
    newSecrets(r);
    List<GrantedCredentialScope> scopes = r.scopes.stream().map(s -> GrantedCredentialScope.of(s.value()))
        .collect(Collectors.toList());
    return Reply.json(200, new RotateCredentialResponse().tokenId(r.tokenId).tokenIdShort(shortId(r)).name(r.name)
        .apiToken(r.apiToken).s3SecretAccessKey(r.s3Secret).scopes(scopes).branchId(r.branchId)
        .principalType(RotateCredentialResponse.PrincipalTypeEnum.USER).createdAt(time(r.createdAt)));
  }

  private void newSecrets(CredentialRec r) {
    r.apiToken = hex(2);
    r.s3Secret = "nsk_live_" + hex(2);
  }

  private static String shortId(CredentialRec r) {
    return r.tokenId.substring("nak_live_".length(), "nak_live_".length() + 12);
  }

  /** 32 random hex digits per part, from the emulator's seeded names. */
  private String hex(int parts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      sb.append(plane.names.uuid().toString().replace("-", ""));
    }
    return sb.toString();
  }
}
