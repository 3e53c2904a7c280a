package dev.neonjava.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import dev.neonjava.generated.model.ApiKeyRevokeResponse;
import dev.neonjava.generated.model.BranchUpdateRequest;
import dev.neonjava.generated.model.BranchUpdateRequestBranch;
import dev.neonjava.generated.model.ConsumptionHistoryPerTimeframe;
import dev.neonjava.generated.model.Invitation;
import dev.neonjava.generated.model.NeonAuthEmailServerConfig;
import dev.neonjava.generated.model.SharedEmailServer;
import dev.neonjava.generated.model.StandardEmailServer;
import dev.neonjava.runtime.NeonGson;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Values the spec allows survive decoding and re-encoding: big integers, explicit nulls, odd scalars, oneOf. */
class ModelFidelityTest {
  private final Gson gson = NeonGson.gson();

  @Test
  void uint64ValuesPastTwoToTheThirtyOneDecode() {
    ConsumptionHistoryPerTimeframe t = gson.fromJson(
        "{\"written_data_bytes\":3000000000,\"logical_size_bytes\":18446744073709551615}", ConsumptionHistoryPerTimeframe.class);

    assertThat(t.getWrittenDataBytes()).isEqualTo(BigInteger.valueOf(3_000_000_000L));
    assertThat(t.getLogicalSizeBytes()).isEqualTo(new BigInteger("18446744073709551615"));
  }

  @Test
  void clearingExpiresAtSendsAnExplicitNull() {
    BranchUpdateRequest clear = new BranchUpdateRequest().branch(new BranchUpdateRequestBranch().name("b").clearExpiresAt());
    BranchUpdateRequest unset = new BranchUpdateRequest().branch(new BranchUpdateRequestBranch().name("b").expiresAt(null));

    assertThat(JsonParser.parseString(gson.toJson(clear)))
        .isEqualTo(JsonParser.parseString("{\"branch\":{\"name\":\"b\",\"expires_at\":null}}"));
    assertThat(gson.toJson(unset)).isEqualTo("{\"branch\":{\"name\":\"b\"}}");
  }

  @Test
  void settingAValueAfterClearingSendsTheValue() {
    BranchUpdateRequestBranch branch = new BranchUpdateRequestBranch().clearExpiresAt()
        .expiresAt(OffsetDateTime.parse("2030-01-01T00:00:00Z"));

    assertThat(branch.getExplicitNulls()).isEmpty();
    assertThat(gson.toJson(branch)).isEqualTo("{\"expires_at\":\"2030-01-01T00:00:00Z\"}");
  }

  @Test
  void receivedNullsAndNullAdditionalPropertiesAreWrittenBack() {
    String json = "{\"created_at\":\"0001-01-01T00:00:00-12:00\",\"created_by\":\"00000000-0000-0000-0000-000000000000\",\"id\":-9223372036854775808,\"last_used_at\":null,\"last_used_from_addr\":\"é\",\"name\":\"é\",\"revoked\":false,\"future_field\":null}";

    ApiKeyRevokeResponse decoded = gson.fromJson(json, ApiKeyRevokeResponse.class);

    assertThat(decoded.getExplicitNulls()).containsExactly("last_used_at");
    assertThat(JsonParser.parseString(gson.toJson(decoded))).isEqualTo(JsonParser.parseString(json));
    assertThat(gson.toJsonTree(decoded)).isEqualTo(JsonParser.parseString(json));
  }

  @Test
  void aNonUuidInAUuidFieldKeepsTheRestOfTheResponse() {
    String json = "{\"email\":\"a@b.co\",\"invited_by\":\"not-a-uuid\",\"invited_at\":\"yesterday\"}";

    Invitation invitation = gson.fromJson(json, Invitation.class);

    assertThat(invitation.getEmail()).isEqualTo("a@b.co");
    assertThat(invitation.getInvitedBy()).isNull();
    assertThat(invitation.getAdditionalProperties().get("invited_by").getAsString()).isEqualTo("not-a-uuid");
    assertThat(invitation.getAdditionalProperties().get("invited_at").getAsString()).isEqualTo("yesterday");
    assertThat(JsonParser.parseString(gson.toJson(invitation))).isEqualTo(JsonParser.parseString(json));
  }

  @Test
  void oneOfWithoutDiscriminatorPicksTheVariantWhosePropertiesMatch() {
    String json = "{\"host\":\"smtp.example.com\",\"port\":587,\"username\":\"u\",\"password\":\"p\","
        + "\"sender_email\":\"a@b.co\",\"sender_name\":\"A\"}";

    NeonAuthEmailServerConfig config = gson.fromJson(json, NeonAuthEmailServerConfig.class);

    assertThat(config.getActualInstance()).isInstanceOf(StandardEmailServer.class);
    assertThat(config.getStandardEmailServer().getAdditionalProperties()).isEmpty();
    assertThat(JsonParser.parseString(gson.toJson(config))).isEqualTo(JsonParser.parseString(json));
  }

  @Test
  void oneOfUsesTheDiscriminatorAndAddsItToValuesBuiltByTheCaller() {
    NeonAuthEmailServerConfig shared = gson.fromJson("{\"type\":\"shared\",\"sender_email\":\"a@b.co\"}",
        NeonAuthEmailServerConfig.class);
    NeonAuthEmailServerConfig built = NeonAuthEmailServerConfig.of(new SharedEmailServer().senderEmail("a@b.co"));

    assertThat(shared.getActualInstance()).isInstanceOf(SharedEmailServer.class);
    assertThat(JsonParser.parseString(gson.toJson(built)))
        .isEqualTo(JsonParser.parseString("{\"type\":\"shared\",\"sender_email\":\"a@b.co\"}"));
  }
}
