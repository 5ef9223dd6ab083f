package dk.jobmatch.matcher.citizen;

import dk.jobmatch.api.model.AccommodationNeed;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.ExcludedCompany;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules a citizen profile must meet beyond the contract's schema. */
final class CitizenRules {
  private CitizenRules() {}

  static List<FieldViolation> check(CitizenInput citizen) {
    List<FieldViolation> violations = new ArrayList<>();
    if (CitizenLabel.looksLikeCpr(citizen.getLabel())) {
      violations.add(new FieldViolation("label", ProblemCode.LABEL_LIKE_CPR,
          "looks like a CPR number; use a case number or initials, never a name or CPR number"));
    }
    var hours = citizen.getHoursCapacity();
    if (hours.getNow() != null && hours.getTarget() != null && hours.getNow() > hours.getTarget()) {
      violations.add(new FieldViolation("hoursCapacity.now", ProblemCode.HOURS_NOW_ABOVE_TARGET, "must not exceed hoursCapacity.target"));
    }
    List<AccommodationNeed> needs = citizen.getAccommodationNeeds() == null ? List.of() : citizen.getAccommodationNeeds();
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < needs.size(); i++) {
      if (needs.get(i) != null && !seen.add(needs.get(i).getCode())) {
        violations.add(new FieldViolation("accommodationNeeds[" + i + "].code", ProblemCode.NEED_TWICE,
            "is listed twice; give each need once with one strictness"));
      }
    }
    List<ExcludedCompany> excluded = citizen.getExcludedCompanies() == null ? List.of() : citizen.getExcludedCompanies();
    Set<Object> companies = new HashSet<>();
    for (int i = 0; i < excluded.size(); i++) {
      if (excluded.get(i) != null && !companies.add(excluded.get(i).getCompanyId())) {
        violations.add(new FieldViolation("excludedCompanies[" + i + "].companyId", ProblemCode.EXCLUDED_COMPANY_TWICE,
            "is listed twice"));
      }
    }
    return violations;
  }
}
