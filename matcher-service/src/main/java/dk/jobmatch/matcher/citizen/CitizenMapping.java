package dk.jobmatch.matcher.citizen;

import dk.jobmatch.api.model.AccommodationNeed;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.Cv;
import dk.jobmatch.api.model.Education;
import dk.jobmatch.api.model.ExcludedCompany;
import dk.jobmatch.api.model.Experience;
import dk.jobmatch.api.model.GeoPoint;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.Home;
import dk.jobmatch.api.model.HoursCapacity;
import dk.jobmatch.api.model.JobGoal;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.api.model.WishCode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Translates citizens between the API contract and the stored record. */
final class CitizenMapping {
  private CitizenMapping() {}

  static Citizen toRecord(CitizenInput in, String id, Long version, String jobCentre, Instant createdAt, Instant now) {
    Cv cv = in.getCv() == null ? new Cv() : in.getCv();
    return new Citizen(id, version, jobCentre,
        new Citizen.Cv(
            list(cv.getExperience(), e -> new Citizen.Experience(e.getOccupationCode(), e.getTitle().strip(), e.getYears(),
                e.getEndYear())),
            list(cv.getEducation(), e -> new Citizen.Education(e.getTitle().strip(), e.getCompleted(), e.getOccupationCode())),
            list(cv.getSkills(), String::strip),
            Boolean.TRUE.equals(cv.getDrivingLicence())),
        list(in.getJobGoals(), g -> new Citizen.JobGoal(g.getRank().getValue(), g.getOccupationCode(), g.getTitle().strip())),
        list(in.getDevelopmentGoals(), String::strip),
        new Citizen.HoursCapacity(in.getHoursCapacity().getNow(), in.getHoursCapacity().getTarget()),
        list(in.getAccommodationNeeds(), n -> new Citizen.AccommodationNeed(n.getCode().getValue(), n.getStrictness().getValue())),
        new Citizen.Home(in.getHome().getLocation().getLat(), in.getHome().getLocation().getLon(), in.getHome().getMaxCommuteKm()),
        list(in.getExcludedCompanies(), x -> new Citizen.ExcludedCompany(x.getCompanyId().toString(), x.getReason())),
        createdAt, now, in.getConsultant(), list(in.getWishes(), WishCode::getValue), in.getLabel());
  }

  /** The citizen as the API shows it, with the wishes its development goals suggest beyond those stated. */
  static dk.jobmatch.api.model.Citizen toApi(Citizen c, Set<String> suggestedWishes) {
    return new dk.jobmatch.api.model.Citizen()
        .citizenId(UUID.fromString(c.id()))
        .label(c.label())
        .jobCentre(c.jobCentre())
        .version(c.version())
        .cv(new Cv()
            .experience(list(c.cv().experience(), e -> new Experience().occupationCode(e.occupationCode()).title(e.title())
                .years(e.years()).endYear(e.endYear())))
            .education(list(c.cv().education(), e -> new Education().title(e.title()).completed(e.completed())
                .occupationCode(e.occupationCode())))
            .skills(list(c.cv().skills(), Function.identity()))
            .drivingLicence(c.cv().drivingLicence()))
        .jobGoals(list(c.jobGoals(), g -> new JobGoal().rank(GoalRank.fromValue(g.rank())).occupationCode(g.occupationCode()).title(g.title())))
        .developmentGoals(list(c.developmentGoals(), Function.identity()))
        .wishes(new java.util.LinkedHashSet<>(list(c.wishes(), WishCode::fromValue)))
        .suggestedWishes(list(suggestedWishes.stream().filter(w -> !c.wishes().contains(w)).toList(), WishCode::fromValue))
        .hoursCapacity(new HoursCapacity().now(c.hoursCapacity().now()).target(c.hoursCapacity().target()))
        .accommodationNeeds(list(c.accommodationNeeds(), n -> new AccommodationNeed()
            .code(NeedCode.fromValue(n.code())).strictness(Strictness.fromValue(n.strictness()))))
        .home(new Home().location(new GeoPoint().lat(c.home().lat()).lon(c.home().lon())).maxCommuteKm(c.home().maxCommuteKm()))
        .excludedCompanies(list(c.excludedCompanies(), x -> new ExcludedCompany().companyId(UUID.fromString(x.companyId())).reason(x.reason())))
        .consultant(c.consultant())
        .createdAt(c.createdAt() == null ? null : c.createdAt().atOffset(ZoneOffset.UTC))
        .updatedAt(c.updatedAt() == null ? null : c.updatedAt().atOffset(ZoneOffset.UTC));
  }

  private static <A, B> List<B> list(Collection<A> in, Function<A, B> f) {
    List<B> out = new ArrayList<>();
    if (in != null) {
      in.forEach(a -> out.add(f.apply(a)));
    }
    return out;
  }
}
