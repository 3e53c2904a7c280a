package dev.neonjava.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.neonjava.fixture.model.Operation;
import dev.neonjava.fixture.model.OperationAction;
import dev.neonjava.fixture.model.OperationStatus;
import dev.neonjava.fixture.model.ProjectCreateRequest;
import dev.neonjava.fixture.model.ProjectCreateRequestProject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Forward compatibility of the generated models with what the API may send tomorrow. */
class ModelCompatibilityTest {
  private final Gson gson = NeonGson.gson();

  private static final String OPERATION = "{"
      + "\"id\":\"a07f8772-1877-4da9-a939-3a3ae62d1d8d\",\"project_id\":\"floral-king-961888\","
      + "\"action\":\"create_timeline\",\"status\":\"running\",\"failures_count\":0,"
      + "\"created_at\":\"2022-11-08T23:33:20Z\",\"updated_at\":\"2022-11-08T23:33:20.123+02:00\","
      + "\"total_duration_ms\":5}";

  @Test
  void unknownFieldsAreKeptAndWrittenBack() {
    String json = OPERATION.replace("}", ",\"new_field\":{\"nested\":[1,2]},\"another\":\"x\"}");
    Operation op = gson.fromJson(json, Operation.class);

    assertThat(op.getProjectId()).isEqualTo("floral-king-961888");
    assertThat(op.getAdditionalProperties()).containsOnlyKeys("new_field", "another");
    assertThat(op.getAdditionalProperties().get("new_field").getAsJsonObject().get("nested").getAsJsonArray())
        .hasSize(2);
    JsonObject back = JsonParser.parseString(gson.toJson(op)).getAsJsonObject();
    assertThat(back.get("another").getAsString()).isEqualTo("x");
    assertThat(back.has("new_field")).isTrue();
  }

  @Test
  void unknownEnumValueIsKeptWrittenBackAndNotSentInARequest() {
    Operation op = gson.fromJson(OPERATION.replace("\"running\"", "\"hibernating\""), Operation.class);

    assertThat(op.getStatus()).isNotNull();
    assertThat(op.getStatus().value()).isEqualTo("hibernating");
    assertThat(op.getStatus().isKnown()).isFalse();
    assertThat(op.getStatus().known()).isEqualTo(OperationStatus.Known._UNKNOWN);
    assertThat(gson.toJson(op)).contains("\"status\":\"hibernating\"");
    assertThatThrownBy(() -> RequestEncoding.toJson(gson, op))
        .isInstanceOf(UnknownEnumValueException.class)
        .hasMessageContaining("hibernating");

    op.setStatus(OperationStatus.unchecked("hibernating"));
    assertThat(RequestEncoding.toJson(gson, op)).contains("\"status\":\"hibernating\"");
  }

  @Test
  void knownEnumValuesAreConstants() {
    Operation op = gson.fromJson(OPERATION, Operation.class);
    assertThat(op.getStatus()).isSameAs(OperationStatus.RUNNING);
    assertThat(op.getStatus().known()).isEqualTo(OperationStatus.Known.RUNNING);
    assertThat(op.getAction()).isEqualTo(OperationAction.of("create_timeline"));
    assertThat(OperationStatus.of("finished")).isSameAs(OperationStatus.FINISHED);
    assertThatThrownBy(() -> OperationStatus.of(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OperationStatus");
  }

  @Test
  void missingRequiredFieldsStillDecode() {
    Operation op = gson.fromJson("{\"id\":\"a07f8772-1877-4da9-a939-3a3ae62d1d8d\",\"status\":\"finished\"}", Operation.class);
    assertThat(op.getStatus()).isSameAs(OperationStatus.FINISHED);
    assertThat(op.getProjectId()).isNull();
    assertThat(op.getCreatedAt()).isNull();
  }

  @Test
  void dateTimesRoundTripAsRfc3339() {
    Operation op = gson.fromJson(OPERATION, Operation.class);
    assertThat(op.getCreatedAt()).isEqualTo(OffsetDateTime.of(2022, 11, 8, 23, 33, 20, 0, ZoneOffset.UTC));
    assertThat(op.getUpdatedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    assertThat(op.getUpdatedAt().getNano()).isEqualTo(123_000_000);

    JsonObject back = JsonParser.parseString(gson.toJson(op)).getAsJsonObject();
    assertThat(back.get("created_at").getAsString()).isEqualTo("2022-11-08T23:33:20Z");
    assertThat(back.get("updated_at").getAsString()).isEqualTo("2022-11-08T23:33:20.123+02:00");
    assertThat(gson.fromJson(back, Operation.class)).isEqualTo(op);
  }

  @Test
  void requestBodiesOmitNullsAndUnsetContainers() {
    ProjectCreateRequest body = new ProjectCreateRequest().project(new ProjectCreateRequestProject().name("demo"));
    assertThat(gson.toJson(body)).isEqualTo("{\"project\":{\"name\":\"demo\"}}");
  }

  @Test
  void malformedDateTimeKeepsTheRawValueAndTheRestOfTheModel() {
    Operation op = gson.fromJson(OPERATION.replace("2022-11-08T23:33:20Z", "yesterday"), Operation.class);

    assertThat(op.getCreatedAt()).isNull();
    assertThat(op.getAdditionalProperties().get("created_at").getAsString()).isEqualTo("yesterday");
    assertThat(op.getStatus()).isNotNull();
  }

  @Test
  void toStringRedactsSecrets() {
    String text = new dev.neonjava.fixture.model.Role().name("app").password("s3cr3t-pass").toString();
    assertThat(text).contains("app").doesNotContain("s3cr3t-pass").contains(ModelStrings.REDACTED);
    String uri = new dev.neonjava.fixture.model.ConnectionURIResponse()
        .uri("postgresql://app:s3cr3t-pass@ep-1.neon.tech/db").toString();
    assertThat(uri).doesNotContain("s3cr3t-pass");
  }

  @Test
  void secretsInsideUnknownFieldsAreRedactedToo() {
    Operation op = gson.fromJson(OPERATION.replace("}", ",\"roles\":[{\"name\":\"app\",\"password\":\"hunter2-x\"}]}"),
        Operation.class);
    assertThat(op.toString()).contains("app").doesNotContain("hunter2-x");
    assertThat(op.getAdditionalProperties().get("roles").toString()).contains("hunter2-x"); // data kept intact
  }

  @Test
  void bareObjectOneOfVariantIsHeldAsJsonObject() {
    // the generator writes no class for a bare {type: object} variant (published 2.2.0: SharedEmailServer)
    dev.neonjava.fixture.model.EmailServerConfig shared =
        gson.fromJson("{\"type\":\"shared\",\"x\":1}", dev.neonjava.fixture.model.EmailServerConfig.class);
    assertThat(shared.getActualInstance()).isInstanceOf(JsonObject.class);
    assertThat(((JsonObject) shared.getActualInstance()).get("x").getAsInt()).isEqualTo(1);
    dev.neonjava.fixture.model.EmailServerConfig standard =
        gson.fromJson("{\"type\":\"standard\",\"host\":\"smtp.example.com\"}", dev.neonjava.fixture.model.EmailServerConfig.class);
    assertThat(standard.getStandardEmailServer().getHost()).isEqualTo("smtp.example.com");
    JsonObject sent = JsonParser.parseString(gson.toJson(
        dev.neonjava.fixture.model.EmailServerConfig.of((Object) new JsonObject()))).getAsJsonObject();
    assertThat(sent.get("type").getAsString()).isEqualTo("shared");
  }
}
