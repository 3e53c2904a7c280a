package dev.neonjava.spec.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preprocessing step is deterministic and applied to every input spec; it asks for options only when needed. */
class GeneratorPreprocessingTest {

  static Path resource(String name) throws URISyntaxException {
    return Path.of(GeneratorPreprocessingTest.class.getResource("/drift/" + name).toURI());
  }

  @Test
  void collidingInlineEnumsAskForResolveInlineEnums() throws Exception {
    GeneratorPreprocessing.Plan plan = GeneratorPreprocessing.plan(resource("colliding-enums.yaml"));
    assertThat(plan.mavenArguments()).containsExactly(
        "-Dopenapi.generator.maven.plugin.inlineSchemaOptions=RESOLVE_INLINE_ENUMS=true");
    assertThat(plan.reasons()).containsExactly(
        "colliding inline enums GET /things response 200: InnerEnum [applications, integrations] -> RESOLVE_INLINE_ENUMS");
  }

  @Test
  void aSpecWithoutCollisionsNeedsNothing() throws Exception {
    assertThat(GeneratorPreprocessing.plan(resource("widgets.yaml")).mavenArguments()).isEmpty();
    assertThat(GeneratorPreprocessing.plan(NpmSpecs.vendoredSpec()).mavenArguments())
        .as("the vendored spec generates with the default options").isEmpty();
  }

  @Test
  void publishedVersionsThatNeedIt() {
    // 2.0.0: listProjects' inline allOf merges ProjectsApplicationsMapResponse and
    // ProjectsIntegrationsMapResponse, each with a map of arrays of an inline enum (both InnerEnum);
    // 2.7.3 replaced both inline enums with $ref ApplicationType
    assertThat(GeneratorPreprocessing.plan(NpmSpecs.fetch("2.0.0").file()).reasons()).singleElement().asString()
        .isEqualTo("colliding inline enums GET /projects response 200: InnerEnum [applications, integrations] -> RESOLVE_INLINE_ENUMS");
    assertThat(GeneratorPreprocessing.plan(NpmSpecs.fetch("2.7.3").file()).mavenArguments()).isEmpty();
  }

  @Test
  void enumNamesFollowTheJavaGenerator() {
    assertThat(GeneratorPreprocessing.innerEnumName("pooler_mode", new StringSchema()._enum(List.of("a")))).isEqualTo("PoolerModeEnum");
    assertThat(GeneratorPreprocessing.innerEnumName("enabled_events", new ArraySchema().items(new StringSchema()._enum(List.of("a")))))
        .isEqualTo("EnabledEventsEnum");
    assertThat(GeneratorPreprocessing.innerEnumName("apps", new MapSchema().additionalProperties(new StringSchema()._enum(List.of("a")))))
        .isEqualTo("InnerEnum");
    assertThat(GeneratorPreprocessing.innerEnumName("ref", new StringSchema().$ref("#/components/schemas/X"))).isNull();
    assertThat(GeneratorPreprocessing.innerEnumName("name", new StringSchema())).isNull();
  }
}
