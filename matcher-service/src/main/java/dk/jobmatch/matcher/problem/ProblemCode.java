package dk.jobmatch.matcher.problem;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every error situation the API reports, each with the stable {@code code} integrators switch on
 * (in a problem and in each of its {@code errors}). {@code type} says which kind of error and
 * which status; the code says which situation, finer than the type: {@code validation.min} and
 * {@code validation.required} are both of type {@code validation}.
 *
 * <p>The only list of codes: a feature that throws {@link ApiProblem} or builds a
 * {@link FieldViolation} names one of these, never a string of its own, and the Danish text of
 * each is in {@code messages_da.properties} under the code ({@link ProblemMessages}). The numbered
 * arguments a code takes ({@code {0}}, {@code {1}}) are in the comment of the constant; a new code
 * without a Danish text fails {@code ProblemMessagesTest}.
 *
 * <p>Families: {@code validation.*} a value of a field or parameter, {@code request.*} the request
 * as a whole, {@code version.*} If-Match, {@code auth.*} token and scope, {@code service.*} the
 * service itself, and one family per feature ({@code company.*}, {@code citizen.*},
 * {@code placement.*}, {@code contact.*}, {@code task.*}, {@code weights.*}, {@code figures.*}, {@code crm.*},
 * {@code signin.*}) for its own rules.
 */
public enum ProblemCode {
  // ---- validation.*: one value breaks the contract's schema or a rule of its own -------------------
  REQUIRED("validation.required"),
  BLANK("validation.blank"),
  /** {0} the least value allowed. */
  MIN("validation.min"),
  /** {0} the greatest value allowed. */
  MAX("validation.max"),
  /** {0} the fewest characters. */
  TOO_SHORT("validation.too-short"),
  /** {0} the most characters. */
  TOO_LONG("validation.too-long"),
  /** {0} the fewest elements of a list. */
  TOO_FEW("validation.too-few"),
  /** {0} the most elements of a list. */
  TOO_MANY("validation.too-many"),
  /** {0} how many digits. */
  DIGITS("validation.digits"),
  TIME_OF_DAY("validation.time-of-day"),
  ISO_WEEK("validation.iso-week"),
  PATTERN("validation.pattern"),
  EMAIL("validation.email"),
  /** A value the contract's list of values (an enum) does not have. */
  UNKNOWN_VALUE("validation.unknown-value"),
  NOT_WHOLE_NUMBER("validation.not-whole-number"),
  NOT_NUMBER("validation.not-number"),
  NOT_BOOLEAN("validation.not-boolean"),
  NOT_UUID("validation.not-uuid"),
  NOT_TEXT("validation.not-text"),
  NOT_LIST("validation.not-list"),
  NOT_OBJECT("validation.not-object"),
  /** {0} the first date accepted, {1} the last. */
  NOT_DATE("validation.not-date"),
  NOT_DATE_TIME("validation.not-date-time"),
  UNKNOWN_PROPERTY("validation.unknown-property"),
  DATE_IN_FUTURE("validation.date-in-future"),
  /** {0} the first year accepted, {1} the last. */
  DATE_OUT_OF_RANGE("validation.date-out-of-range"),
  /** A constraint with no code of its own: the English message says which. */
  INVALID("validation.invalid"),

  // ---- request.*: the request as a whole ----------------------------------------------------------
  MALFORMED_BODY("request.malformed-body"),
  DUPLICATE_MEMBER("request.duplicate-member"),
  INVALID_PARAMETER("request.invalid-parameter"),
  REJECTED("request.rejected"),
  MALFORMED_REQUEST("request.malformed"),
  ABORTED("request.aborted"),
  METHOD_NOT_ALLOWED("request.method-not-allowed"),
  NOT_ACCEPTABLE("request.not-acceptable"),
  UNSUPPORTED_MEDIA_TYPE("request.unsupported-media-type"),
  TOO_LARGE("request.too-large"),
  URI_TOO_LONG("request.uri-too-long"),
  HEADERS_TOO_LARGE("request.headers-too-large"),
  TIMEOUT("request.timeout"),
  NOT_FOUND("request.not-found"),
  /** A unique key taken, found only by the database. */
  DUPLICATE_KEY("request.duplicate-key"),
  CONFLICT("request.conflict"),

  // ---- version.*: If-Match ------------------------------------------------------------------------
  VERSION_REQUIRED("version.required"),
  VERSION_STALE("version.stale"),

  // ---- auth.* -------------------------------------------------------------------------------------
  TOKEN_MISSING("auth.token-missing"),
  SCOPE_MISSING("auth.scope-missing"),
  FORBIDDEN("auth.forbidden"),
  JOB_CENTRE_MISSING("auth.job-centre-missing"),

  // ---- service.* ----------------------------------------------------------------------------------
  STARTING("service.starting"),
  /** The audit entry of a call could not be written, so the call is refused. */
  AUDIT_UNAVAILABLE("service.audit-unavailable"),
  INTERNAL("service.internal-error"),

  // ---- company.* ----------------------------------------------------------------------------------
  COMPANY_NOT_FOUND("company.not-found"),
  CVR_INVALID("company.cvr-invalid"),
  MUNICIPALITY_UNKNOWN("company.municipality-unknown"),
  TASK_HOURS_MIN_ABOVE_MAX("company.task-hours-min-above-max"),
  TASK_ID_TWICE("company.task-id-twice"),
  SLOT_ENDS_BEFORE_START("company.slot-ends-before-start"),
  TASK_ID_TAKEN("company.task-id-taken"),
  CVR_TAKEN("company.cvr-taken"),
  /** {0} agreed or active placements at the company, {1} of them at other job centres. */
  COMPANY_HAS_PLACEMENTS("company.has-placements"),
  /** {0} the job centre (municipality code) the company belongs to. */
  COMPANY_NOT_OWNER("company.not-owner"),
  /** {0} the CRM source that syncs the company. */
  COMPANY_OWNED_BY_CRM("company.owned-by-crm"),
  /** {0} the CRM source that owns the field. */
  CRM_OWNED_FIELD("company.crm-owned-field"),

  // ---- citizen.* ----------------------------------------------------------------------------------
  CITIZEN_NOT_FOUND("citizen.not-found"),
  HOURS_NOW_ABOVE_TARGET("citizen.hours-now-above-target"),
  NEED_TWICE("citizen.need-twice"),
  EXCLUDED_COMPANY_TWICE("citizen.excluded-company-twice"),
  /** A label that looks like a CPR number: six digits, an optional dash or space, four digits. */
  LABEL_LIKE_CPR("citizen.label-like-cpr"),

  // ---- task.* -------------------------------------------------------------------------------------
  TASK_NOT_FOUND("task.not-found"),

  // ---- placement.* --------------------------------------------------------------------------------
  PLACEMENT_NOT_FOUND("placement.not-found"),
  PLACEMENT_CITIZEN_UNKNOWN("placement.citizen-unknown"),
  PLACEMENT_COMPANY_UNKNOWN("placement.company-unknown"),
  PLACEMENT_TASK_NOT_OF_COMPANY("placement.task-not-of-company"),
  MATCHED_TASK_NOT_PROPOSED("placement.matched-task-not-proposed"),
  START_TOO_FAR("placement.start-too-far"),
  END_REASON_REQUIRED("placement.end-reason-required"),
  /** {0} the day the placement started. */
  BEFORE_PLACEMENT_START("placement.before-start"),
  /** {0} the day the placement ended. */
  AFTER_PLACEMENT_END("placement.after-end"),
  HOURS_TOO_FAR_AHEAD("placement.hours-too-far-ahead"),
  CORRECTION_UNKNOWN("placement.correction-unknown"),
  /** {0} what was tried ({@code placement.action.*}), {1} the status ({@code placement.status.*}). */
  ILLEGAL_TRANSITION("placement.illegal-transition"),
  WORK_AGREEMENT_MISSING("placement.work-agreement-missing"),
  /** {0} the status ({@code placement.status.*}). */
  WORK_AGREEMENT_CLOSED("placement.work-agreement-closed"),
  HOURS_BEFORE_ACTIVE("placement.hours-before-active"),
  FOLLOW_UP_BEFORE_ACTIVE("placement.follow-up-before-active"),
  ENTRY_CORRECTED_ALREADY("placement.entry-corrected-already"),
  COMPANY_GONE("placement.company-gone"),
  TASK_GONE("placement.task-gone"),
  /** {0} the task's title, {1} its capacity. */
  NO_FREE_SEAT("placement.no-free-seat"),
  /** {0} the id of the citizen's open placement at the company on the same tasks. */
  ALREADY_PROPOSED("placement.already-proposed"),

  // ---- contact.*: the contact log ----------------------------------------------------------------
  CONTACT_NOT_FOUND("contact.not-found"),
  CONTACT_TASK_NOT_OF_COMPANY("contact.task-not-of-company"),
  CONTACT_CITIZEN_UNKNOWN("contact.citizen-unknown"),
  /** {0} the day of the contact. */
  CONTACT_DUE_BEFORE_CONTACT("contact.due-before-contact"),
  CONTACT_NO_NEXT_STEP("contact.no-next-step"),
  CONTACT_OF_OTHER_JOB_CENTRE("contact.of-other-job-centre"),
  // ---- weights.*: ?weights= of a match search -----------------------------------------------------
  WEIGHTS_MALFORMED("weights.malformed"),
  WEIGHT_UNKNOWN("weights.unknown"),
  WEIGHT_TWICE("weights.twice"),
  /** {0} the least weight, {1} the greatest. */
  WEIGHT_OUT_OF_RANGE("weights.out-of-range"),
  WEIGHT_NOT_NUMBER("weights.not-number"),

  // ---- figures.* ----------------------------------------------------------------------------------
  TO_BEFORE_FROM("figures.to-before-from"),
  DATE_AND_WEEK("figures.date-and-week"),
  CONSULTANT_AND_TEAM("figures.consultant-and-team"),
  /** {0} the year, {1} the week number it does not have. */
  WEEK_UNKNOWN("figures.week-unknown"),
  /** {0} the first date accepted, {1} the last. */
  WEEK_OUT_OF_RANGE("figures.week-out-of-range"),
  TEAM_NOT_FOUND("figures.team-not-found"),

  // ---- crm.* --------------------------------------------------------------------------------------
  CRM_SOURCE_NOT_FOUND("crm.source-not-found"),
  CRM_RUN_NOT_FOUND("crm.run-not-found"),
  CRM_SYNC_RUNNING("crm.sync-running"),
  CRM_PUSH_TOO_LARGE("crm.push-too-large"),
  CRM_PUSH_DISABLED("crm.push-disabled"),
  CRM_SIGNATURE_INVALID("crm.signature-invalid"),
  CRM_RECORD_NOT_OBJECT("crm.record-not-object"),

  // ---- signin.*: the development sign-in ----------------------------------------------------------
  SIGNIN_JOB_CENTRE_UNKNOWN("signin.job-centre-unknown"),
  SIGNIN_CONSULTANT_INVALID("signin.consultant-invalid");

  private static final Map<String, ProblemCode> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ProblemCode::code, Function.identity()));

  private final String code;

  ProblemCode(String code) {
    this.code = code;
  }

  /** The code as the API writes it, e.g. {@code validation.min}. */
  public String code() {
    return code;
  }

  /** The constant for a code as the API writes it; null for none. */
  public static ProblemCode of(String code) {
    return BY_CODE.get(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
