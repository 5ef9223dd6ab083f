package dk.jobmatch.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * What makes a contract unusable for an integrator, found before anyone generates from it: YAML that
 * does not parse, or parses into something else than was written (a duplicate key, a comma that
 * splits a flow mapping's description into a stray key), anything swagger-parser (the parser of
 * openapi-generator) complains about, a {@code required} name no property declares, and an
 * {@code If-Match} that the contract makes required without documenting the 428 its absence gives.
 */
final class ContractLint {
  private ContractLint() {}

  /** Every problem in {@code yaml}, each a line naming where; empty when the contract is clean. */
  static List<String> problems(String yaml) {
    List<String> problems = new ArrayList<>();
    try {
      // SnakeYAML, unlike the parser's Jackson YAML, refuses duplicate keys instead of keeping the last.
      LoaderOptions strict = new LoaderOptions();
      strict.setAllowDuplicateKeys(false);
      new Yaml(new SafeConstructor(strict)).load(yaml);
    } catch (YAMLException e) {
      problems.add("not valid YAML: " + e.getMessage().replace('\n', ' '));
      return problems;
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
    if (result.getMessages() != null) {
      result.getMessages().forEach(message -> problems.add("swagger-parser: " + message));
    }
    OpenAPI api = result.getOpenAPI();
    if (api == null) {
      return problems;
    }
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      api.getComponents().getSchemas().forEach((name, schema) -> requiredAreDeclared("#/components/schemas/" + name, schema, api, problems));
    }
    if (api.getPaths() != null) {
      api.getPaths().forEach((path, item) -> item.readOperationsMap()
          .forEach((method, operation) -> ifMatchIsDocumented(method + " " + path, item, operation, api, problems)));
    }
    return problems;
  }

  private static void requiredAreDeclared(String where, Schema<?> schema, OpenAPI api, List<String> problems) {
    if (schema == null || schema.get$ref() != null) {
      return;
    }
    Set<String> declared = declaredProperties(schema, api, new LinkedHashSet<>());
    List<Schema> parts = new ArrayList<>();
    parts.add(schema);
    if (schema.getAllOf() != null) {
      parts.addAll(schema.getAllOf());
    }
    for (Schema<?> part : parts) {
      if (part.get$ref() == null && part.getRequired() != null) {
        part.getRequired().stream().filter(name -> !declared.contains(name))
            .forEach(name -> problems.add(where + ": required property '" + name + "' is not declared"));
      }
      if (part.get$ref() == null && part.getProperties() != null) {
        part.getProperties().forEach((name, property) -> requiredAreDeclared(where + "/properties/" + name, property, api, problems));
      }
    }
    if (schema.getItems() != null) {
      requiredAreDeclared(where + "/items", schema.getItems(), api, problems);
    }
  }

  /** The schema's own properties and those of every allOf part, following $refs to components. */
  private static Set<String> declaredProperties(Schema<?> schema, OpenAPI api, Set<String> into) {
    if (schema == null) {
      return into;
    }
    if (schema.get$ref() != null) {
      String ref = schema.get$ref();
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      return declaredProperties(api.getComponents().getSchemas().get(name), api, into);
    }
    if (schema.getProperties() != null) {
      into.addAll(schema.getProperties().keySet());
    }
    if (schema.getAllOf() != null) {
      schema.getAllOf().forEach(part -> declaredProperties(part, api, into));
    }
    return into;
  }

  /** A required If-Match must come with its 428 and 412; any If-Match with its 412. */
  private static void ifMatchIsDocumented(String where, PathItem item, Operation operation, OpenAPI api, List<String> problems) {
    List<Parameter> parameters = new ArrayList<>();
    if (item.getParameters() != null) {
      parameters.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    for (Parameter parameter : parameters) {
      Parameter p = resolve(parameter, api);
      if (!"header".equals(p.getIn()) || !"If-Match".equalsIgnoreCase(p.getName())) {
        continue;
      }
      Map<String, ?> responses = operation.getResponses() == null ? Map.of() : operation.getResponses();
      if (!responses.containsKey("412")) {
        problems.add(where + ": takes If-Match but does not declare 412");
      }
      if (Boolean.TRUE.equals(p.getRequired()) && !responses.containsKey("428")) {
        problems.add(where + ": requires If-Match but does not declare the 428 its absence gives");
      }
      if (!Boolean.TRUE.equals(p.getRequired()) && responses.containsKey("428")) {
        problems.add(where + ": declares 428 (If-Match missing) but does not mark If-Match required");
      }
    }
  }

  private static Parameter resolve(Parameter parameter, OpenAPI api) {
    if (parameter.get$ref() == null) {
      return parameter;
    }
    String ref = parameter.get$ref();
    return api.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
