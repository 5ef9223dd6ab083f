package dk.jobmatch.matcher.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every audited call, each with the contract's route it is made by: the one list of what reaches a
 * citizen's data, their matches or their placements. The route's path variable named by
 * {@code resourceVariable} is the entry's resource id; a create takes it from its {@code Location}.
 */
public enum AuditOperation {
  CITIZENS_LIST(HttpMethod.GET, "/citizens", null, "Så borgerlisten"),
  CITIZEN_CREATE(HttpMethod.POST, "/citizens", null, "Oprettede borger"),
  CITIZEN_READ(HttpMethod.GET, "/citizens/{citizenId}", "citizenId", "Så borger"),
  CITIZEN_UPDATE(HttpMethod.PUT, "/citizens/{citizenId}", "citizenId", "Rettede borger"),
  CITIZEN_DELETE(HttpMethod.DELETE, "/citizens/{citizenId}", "citizenId", "Slettede borger"),
  CITIZEN_ASSIGN(HttpMethod.POST, "/citizens/{citizenId}/assign-to-me", "citizenId", "Tildelte sig borger"),
  MATCHES_READ(HttpMethod.GET, "/citizens/{citizenId}/matches", "citizenId", "Så match for borger"),
  CANDIDATES_READ(HttpMethod.GET, "/companies/{companyId}/tasks/{taskId}/candidates", "taskId", "Så kandidater til delfunktion"),
  PLACEMENTS_LIST(HttpMethod.GET, "/placements", null, "Så forløbslisten"),
  PLACEMENT_PROPOSE(HttpMethod.POST, "/placements", null, "Foreslog forløb"),
  PLACEMENT_READ(HttpMethod.GET, "/placements/{placementId}", "placementId", "Så forløb"),
  WORK_AGREEMENT_WRITE(HttpMethod.PUT, "/placements/{placementId}/work-agreement", "placementId", "Skrev arbejdsaftale"),
  PLACEMENT_AGREE(HttpMethod.POST, "/placements/{placementId}/agree", "placementId", "Aftalte forløb"),
  PLACEMENT_START(HttpMethod.POST, "/placements/{placementId}/start", "placementId", "Startede forløb"),
  PLACEMENT_END(HttpMethod.POST, "/placements/{placementId}/end", "placementId", "Afsluttede forløb"),
  PLACEMENT_WITHDRAW(HttpMethod.POST, "/placements/{placementId}/withdraw", "placementId", "Trak forløb tilbage"),
  HOURS_READ(HttpMethod.GET, "/placements/{placementId}/hours", "placementId", "Så timeregnskab"),
  HOURS_RECORD(HttpMethod.POST, "/placements/{placementId}/hours", "placementId", "Registrerede timer"),
  FOLLOW_UPS_READ(HttpMethod.GET, "/placements/{placementId}/follow-ups", "placementId", "Så opfølgninger"),
  FOLLOW_UP_RECORD(HttpMethod.POST, "/placements/{placementId}/follow-ups", "placementId", "Registrerede opfølgning"),
  HOURS_LEDGER_EXPORT(HttpMethod.GET, "/exports/hours-ledger.csv", null, "Hentede timeregnskab som CSV");

  /** A request this operation is made by, with the route's path variables. */
  record Call(AuditOperation operation, Map<String, String> variables) {
    /** The resource id the route names, or null (a list, an export, a create before it is made). */
    String resourceId() {
      String id = operation.resourceVariable == null ? null : variables.get(operation.resourceVariable);
      // Ids are random UUIDs; anything else in the path is whatever the caller typed, perhaps a CPR number.
      return id != null && UUID_FORM.matcher(id).matches() ? id : null;
    }
  }

  private static final java.util.regex.Pattern UUID_FORM =
      java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private final HttpMethod method;
  private final String route;
  private final PathPattern pattern;
  private final String resourceVariable;
  private final String danish;

  AuditOperation(HttpMethod method, String route, String resourceVariable, String danish) {
    this.method = method;
    this.route = route;
    this.pattern = PathPatternParser.defaultInstance.parse(route);
    this.resourceVariable = resourceVariable;
    this.danish = danish;
  }

  public HttpMethod method() {
    return method;
  }

  /** The route template as in the contract, e.g. {@code /citizens/{citizenId}}. */
  public String route() {
    return route;
  }

  /** The operation in a Danish auditor's words, for the CSV. */
  public String danish() {
    return danish;
  }

  /** A write: its entry is stored before it is made, and completed with its outcome after. */
  boolean write() {
    return method != HttpMethod.GET;
  }

  /** The citizen the call is about is the resource itself. */
  boolean aboutCitizen() {
    return "citizenId".equals(resourceVariable);
  }

  boolean aboutPlacement() {
    return "placementId".equals(resourceVariable) || this == PLACEMENT_PROPOSE;
  }

  /** A create: its resource id is known only from the answer's {@code Location}. */
  boolean creates() {
    return this == CITIZEN_CREATE || this == PLACEMENT_PROPOSE;
  }

  /** The operation {@code method} and {@code path} make, if any is audited. */
  static Optional<Call> of(HttpMethod method, PathContainer path) {
    // Spring answers HEAD with the GET handler, headers and all.
    HttpMethod handledAs = HttpMethod.HEAD.equals(method) ? HttpMethod.GET : method;
    return Arrays.stream(values())
        .filter(operation -> operation.method.equals(handledAs))
        .map(operation -> {
          PathPattern.PathMatchInfo match = operation.pattern.matchAndExtract(path);
          return match == null ? null : new Call(operation, match.getUriVariables());
        })
        .filter(call -> call != null)
        .findFirst();
  }
}
