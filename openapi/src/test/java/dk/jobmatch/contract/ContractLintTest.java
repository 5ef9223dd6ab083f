package dk.jobmatch.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both contracts are lint-clean in every build, and the lint finds the kinds of fault they had. */
class ContractLintTest {

  @ParameterizedTest
  @ValueSource(strings = {"openapi.yaml", "crm-feed.yaml"})
  void contractIsClean(String contract) throws IOException {
    assertThat(ContractLint.problems(resource(contract))).isEmpty();
  }

  @Test
  void findsAColonInAnUnquotedDescription() {
    String spec = aSpecWithProperty("location:\n          type: object\n          description: Absent: the main town is used.");

    assertThat(ContractLint.problems(spec)).singleElement().asString().startsWith("not valid YAML");
  }

  @Test
  void findsACommaThatSplitsAFlowMappingsDescriptionIntoAStrayKey() {
    String spec = aSpecWithProperty("deleted: {type: boolean, description: true once, when the company was deleted.}");

    assertThat(ContractLint.problems(spec)).anySatisfy(problem -> assertThat(problem)
        .startsWith("swagger-parser:").contains("when the company was deleted."));
  }

  @Test
  void findsADuplicateKey() {
    String spec = aSpecWithProperty("name: {type: string}\n        name: {type: integer}");

    assertThat(ContractLint.problems(spec)).singleElement().asString().startsWith("not valid YAML").contains("duplicate key");
  }

  @Test
  void findsARequiredPropertyNoSchemaDeclares() {
    String spec = aSpecWithProperty("name: {type: string}").replace("required: [name]", "required: [naem]");

    assertThat(ContractLint.problems(spec)).containsExactly("#/components/schemas/Thing: required property 'naem' is not declared");
  }

  @Test
  void findsAnIfMatchThatIsOptionalWhileItsAbsenceGives428() {
    String spec = aSpecWithProperty("name: {type: string}")
        .replace("      responses:\n", """
                  parameters:
                    - {name: If-Match, in: header, required: false, schema: {type: string}}
                  responses:
                    '412': {description: Stale.}
                    '428': {description: If-Match missing.}
            """);

    assertThat(ContractLint.problems(spec))
        .containsExactly("PUT /things: declares 428 (If-Match missing) but does not mark If-Match required");
  }

  /** A small valid contract whose one schema, Thing, requires {@code name} and has {@code property}. */
  private static String aSpecWithProperty(String property) {
    return """
        openapi: 3.0.3
        info: {title: Lint, version: '1'}
        paths:
          /things:
            put:
              operationId: putThing
              responses:
                '200':
                  description: The thing.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Thing'}
        components:
          schemas:
            Thing:
              type: object
              required: [name]
              properties:
                %s
        """.formatted(property);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ContractLintTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
