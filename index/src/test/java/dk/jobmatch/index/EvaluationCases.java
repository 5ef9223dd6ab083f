package dk.jobmatch.index;

import static dk.jobmatch.index.CitizenProfile.GoalRank.A;
import static dk.jobmatch.index.CitizenProfile.GoalRank.B;
import static dk.jobmatch.index.CitizenProfile.GoalRank.C;
import static dk.jobmatch.index.CitizenProfile.Strictness.MUST;
import static dk.jobmatch.index.CitizenProfile.Strictness.PREFER;

import dk.jobmatch.index.EvaluationMarket.Town;
import dk.jobmatch.index.TestCitizens.CitizenBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled citizen cases of the evaluation set, on the market of {@link EvaluationMarket}.
 *
 * <p>Each case is a citizen as a consultant records them, modelled on the programmes' typical
 * citizens (aktivitetsparat kontanthjælp, ressourceforløb, jobafklaring, sygedagpenge,
 * integrationsydelse, uddannelseshjælp); none is a real person. The judgements are an experienced
 * company consultant's, made from the citizen and the company register before looking at what the
 * engine returns: {@link Grade#IDEAL} (the task I would call about first), {@link Grade#GOOD},
 * {@link Grade#ACCEPTABLE} (a plausible step), and {@link Never} (must not be shown, with the rule
 * it breaks). A task not judged counts as irrelevant. A judgement is only ever changed for a reason
 * about the citizen or the task, said in a comment there, never to fit a result.
 *
 * <p>One correction so far: after the first run, G02's timber yard showed up unjudged although the
 * same task is judged for every other warehouse goal. So every case was checked, from the register
 * and not from any result, for tasks within its radius in the occupation of one of its ideal tasks
 * that had been overlooked, and those were judged as the same task is in the other cases (T09,
 * T11, C03, W01, W07, S03, S04, G02, G04, H01, H02, H04). docs/evaluation.md gives the figures before
 * and after.
 */
final class EvaluationCases {
  private EvaluationCases() {}

  /** What a case is mainly about; the summary prints the figures per group. */
  enum Group {
    TEXT_GOAL("text-only goal"),
    COMPOUND("compound"),
    WISHES("wishes"),
    EXPERIENCE("experience"),
    SCHEDULE("schedule"),
    WEIGHTS("weights"),
    HARD_RULES("hard rules");

    final String label;

    Group(String label) {
      this.label = label;
    }
  }

  /**
   * How good a task is for the citizen; its gain in nDCG. Unjudged tasks gain 0 like
   * {@link #IRRELEVANT} ones; the report tells how many of the shown rows were judged at all.
   */
  enum Grade {
    IRRELEVANT(0), ACCEPTABLE(1), GOOD(2), IDEAL(3);

    final int gain;

    Grade(int gain) {
      this.gain = gain;
    }
  }

  /** Why a task must never be shown to the citizen, and the engine's rule that says so. */
  enum Never {
    MUST_NEED(HardRule.MUST_NEEDS),
    /** A DAYTIME_ONLY MUST need against agreed times outside weekday daytime, flexible schedule or not. */
    DAYTIME_ONLY(HardRule.MUST_NEEDS),
    EXCLUDED_COMPANY(HardRule.EXCLUDED_COMPANY),
    NO_FREE_SEAT(HardRule.FREE_CAPACITY),
    HOURS_NOW(HardRule.HOURS_NOW),
    COMMUTE_RADIUS(HardRule.COMMUTE_RADIUS),
    PAUSED(HardRule.NOT_YET_AVAILABLE),
    NOT_YET_AVAILABLE(HardRule.NOT_YET_AVAILABLE),
    MONTHLY_LIMIT(HardRule.MONTHLY_LIMIT);

    final HardRule rule;

    Never(HardRule rule) {
      this.rule = rule;
    }
  }

  /** One citizen and the judged tasks; {@code grades} and {@code never} never share a task. */
  record EvaluationCase(String id, Group group, String description, CitizenProfile citizen,
      Map<String, Grade> grades, Map<String, Never> never) {

    boolean hasIdeal() {
      return grades.containsValue(Grade.IDEAL);
    }

    int gain(String taskId) {
      Grade grade = grades.get(taskId);
      return grade == null ? 0 : grade.gain;
    }
  }

  static List<EvaluationCase> all() {
    List<EvaluationCase> cases = new ArrayList<>();
    textGoals(cases);
    compounds(cases);
    wishes(cases);
    experience(cases);
    schedules(cases);
    weights(cases);
    hardRules(cases);
    return Collections.unmodifiableList(cases);
  }

  // ---------------------------------------------------------------- job goals outside the small occupation list

  private static void textGoals(List<EvaluationCase> cases) {
    aCase("T01", Group.TEXT_GOAL, "Uddannelseshjælp, 23 år: vil være frisør, B butik",
        livingIn(Town.HOLSTEBRO, 0.5, -1.0).commutingAtMostKm(20).workingHoursNow(10).aimingForHours(20)
            .withGoal(A, null, "frisør").withGoal(B, null, "butik").withSkills("kundeservice"))
        .ideal("salon-kroelle.haarvask")
        .good("fjordhaar.assistent", "toejhuset.ekspedition", "genbrug-noerregade.butik", "storaa-bageri.butik")
        .acceptable("bygmarked-vest.farveafdeling", "elektronik-vest.butik", "brugsen-vinderup.butik")
        .never(Never.PAUSED, "haar-og-hud.frisoerassistent", "haar-og-hud.reception")
        .never(Never.COMMUTE_RADIUS, "lemvig-frisoererne.salon", "herning-frisoer.elev")
        .never(Never.MONTHLY_LIMIT, "discount-nord.butik")
        .addTo(cases);

    aCase("T02", Group.TEXT_GOAL, "Aktivitetsparat kontanthjælp, 35 år: tømrer, har bil",
        livingIn(Town.HOLSTEBRO, -1.0, 1.0).commutingAtMostKm(25).workingHoursNow(15).aimingForHours(25)
            .withGoal(A, null, "tømrer").withSkills("skruemaskine", "håndværktøj"))
        .ideal("vestjysk-toemrer.gips", "vinderup-toemrer.tilskaering")
        .good("vestjysk-toemrer.vaerksted", "vinderup-toemrer.byggeplads", "holstebro-byg.byggeplads",
            "vestjysk-moebler.slibning")
        .acceptable("bygmarked-vest.toemmerudlevering", "park-og-vej.legepladser", "holstebro-byg.belaegning")
        .never(Never.PAUSED, "struer-toemrer.sommerhuse")
        .addTo(cases);

    aCase("T03", Group.TEXT_GOAL, "Uddannelseshjælp, 21 år: elektriker, B lager",
        livingIn(Town.STRUER, 0.5, 0.0).commutingAtMostKm(20).workingHoursNow(12).aimingForHours(25)
            .withGoal(A, null, "elektriker").withGoal(B, null, "lager"))
        .ideal("holstebro-el.kabler")
        .good("struer-lydteknik.montage", "struer-lager.lagerarbejde", "lagerhotellet.pluk")
        .acceptable("elektronik-vest.udpakning", "struer-lager.truck", "superkoeb-syd.baglager")
        .never(Never.NO_FREE_SEAT, "distributionscenter.dagpluk")
        .addTo(cases);

    aCase("T04", Group.TEXT_GOAL, "Ressourceforløb, 46 år: florist, kan ikke stå længe",
        livingIn(Town.HOLSTEBRO, 0.0, -0.5).commutingAtMostKm(12).workingHoursNow(8).aimingForHours(15)
            .withGoal(A, null, "florist").needing("LIMITED_STANDING", PREFER))
        .ideal("blomstervaerkstedet.buketter")
        .good("havecenter.vaeksthus")
        .acceptable("kirkegaarden.gravsteder")
        .addTo(cases);

    aCase("T05", Group.TEXT_GOAL, "Uddannelseshjælp, 19 år: dyrepasser, intet kørekort",
        livingIn(Town.STRUER, -0.5, 0.5).commutingAtMostKm(20).workingHoursNow(10).aimingForHours(20)
            .withGoal(A, null, "dyrepasser").needing("NO_DRIVING", MUST))
        .ideal("struer-hundepension.lufte", "zoo-og-dyr.dyrepasning", "dyreklinikken-vest.klinikhjaelp")
        .good("skovgaarden.kalve")
        .never(Never.MUST_NEED, "blomstervaerkstedet.udbringning")
        .addTo(cases);

    aCase("T06", Group.TEXT_GOAL, "Integrationsydelse, 31 år: tandklinikassistent fra Syrien, dansk på vej",
        livingIn(Town.HOLSTEBRO, 0.8, 0.0).commutingAtMostKm(15).workingHoursNow(12).aimingForHours(25)
            .withGoal(A, null, "tandklinikassistent").withSkills("sterilisering", "hygiejne")
            .needing("LIMITED_DANISH", PREFER))
        .ideal("tandlaegerne-noerregade.sterilisering")
        .acceptable("sundhedshuset.rengoering")
        .never(Never.COMMUTE_RADIUS, "lemvig-tandklinik.klinik")
        .addTo(cases);

    aCase("T07", Group.TEXT_GOAL, "Sygedagpenge, 52 år: maler i 20 år, ryggen kan ikke tåle tunge løft",
        livingIn(Town.HOLSTEBRO, -0.5, 0.5).commutingAtMostKm(25).workingHoursNow(15).aimingForHours(30)
            .withGoal(A, null, "maler").experiencedIn("7131", 20, 1).needing("NO_HEAVY_LIFTING", MUST))
        .ideal("malerfirmaet-storaa.afdaekning", "vestbo.fraflytning")
        .good("bygmarked-vest.farveafdeling")
        .acceptable("vestjysk-moebler.slibning")
        .never(Never.MUST_NEED, "malerfirmaet-storaa.stillads", "park-og-vej.legepladser", "vestbo.vicevaert")
        .addTo(cases);

    aCase("T08", Group.TEXT_GOAL, "Jobafklaring, 56 år: sygehjælper i 15 år, ingen tunge løft",
        livingIn(Town.HOLSTEBRO, 1.5, 0.0).commutingAtMostKm(20).workingHoursNow(10).aimingForHours(20)
            .withGoal(A, null, "sygehjælper").experiencedIn("5322", 15, 6).needing("NO_HEAVY_LIFTING", MUST))
        .ideal("lystoften.pleje")
        .good("vinderup-aeldrecenter.aktivitet", "fjordglimt.beboercafe")
        .acceptable("hjemmeplejen-oest.praktisk")
        .never(Never.MUST_NEED, "fjordglimt.pleje")
        .never(Never.COMMUTE_RADIUS, "lemvig-plejecenter.pleje")
        .addTo(cases);

    aCase("T09", Group.TEXT_GOAL, "Aktivitetsparat kontanthjælp, 28 år: ekspedient, B lager, cykler",
        livingIn(Town.HOLSTEBRO, 0.0, 0.0).commutingAtMostKm(10).workingHoursNow(15).aimingForHours(30)
            .withGoal(A, null, "ekspedient").withGoal(B, null, "lager"))
        .ideal("toejhuset.ekspedition", "elektronik-vest.butik")
        .good("storaa-bageri.butik", "genbrug-noerregade.butik", "bygmarked-vest.farveafdeling", "superkoeb-syd.frugt",
            "dagli-centrum.kasse")
        .acceptable("zoo-og-dyr.butik", "havecenter.kasse", "lagerhotellet.pluk", "apoteket.varemodtagelse",
            "havecenter.planteskole", "storaa-bageri.weekendbutik")
        .never(Never.MONTHLY_LIMIT, "discount-nord.butik", "discount-nord.opfyldning")
        .addTo(cases);

    aCase("T10", Group.TEXT_GOAL, "Aktivitetsparat kontanthjælp, 36 år: chauffør, har kørekort og vil gerne køre",
        livingIn(Town.HOLSTEBRO, 0.5, 0.5).commutingAtMostKm(20).workingHoursNow(15).aimingForHours(30)
            .withGoal(A, null, "chauffør").wishing("DRIVING"))
        .ideal("vest-bud.udbringning")
        .good("blomstervaerkstedet.udbringning")
        .acceptable("hjemmeplejen-oest.praktisk", "vestjysk-koekken.montering")
        .addTo(cases);

    aCase("T11", Group.TEXT_GOAL, "Sygedagpenge, 39 år: lagermedarbejder, stavet forkert af konsulenten",
        livingIn(Town.STRUER, -0.3, -0.5).commutingAtMostKm(15).workingHoursNow(15).aimingForHours(30)
            .withGoal(A, null, "lagermedarbjder"))
        .ideal("struer-lager.lagerarbejde")
        .good("struer-lager.truck")
        .never(Never.COMMUTE_RADIUS, "lagerhotellet.pluk", "superkoeb-syd.baglager", "bygmarked-vest.toemmerudlevering",
            "elektronik-vest.udpakning")
        .addTo(cases);
  }

  // ---------------------------------------------------------------- goal words inside compounds

  private static void compounds(List<EvaluationCase> cases) {
    // "lager" stands whole in the cashier's description next door; the warehouse tasks say "Lagerarbejde".
    aCase("C01", Group.COMPOUND, "Aktivitetsparat kontanthjælp, 30 år: lager, bor i midtbyen uden bil",
        livingIn(Town.HOLSTEBRO, 0.2, 0.2).commutingAtMostKm(8).workingHoursNow(12).aimingForHours(25)
            .withGoal(A, null, "lager"))
        .ideal("lagerhotellet.pluk", "superkoeb-syd.baglager")
        .good("holstebro-el.materialer", "vestjysk-metal.lagerstyring", "vestjysk-emballage.paller",
            "bygmarked-vest.toemmerudlevering")
        .acceptable("elektronik-vest.udpakning", "distributionscenter.nathold")
        .never(Never.NO_FREE_SEAT, "distributionscenter.dagpluk")
        .addTo(cases);

    // Kitchen fitters say "køkken" in every title; the kitchens say "Storkøkkenet", "køkkenhjælp".
    aCase("C02", Group.COMPOUND, "Aktivitetsparat kontanthjælp, 40 år: køkken",
        livingIn(Town.HOLSTEBRO, 1.0, 1.0).commutingAtMostKm(20).workingHoursNow(10).aimingForHours(20)
            .withGoal(A, null, "køkken").withSkills("opvask"))
        .ideal("raadhuskantinen.storkoekken", "lystoften.koekken", "boernehuset-solsikken.koekken", "varmestuen.koekken")
        .good("storaa-bageri.opvask", "restaurant-storaaen.aftenopvask", "hotel-vestjylland.morgenmad",
            "vinderup-aeldrecenter.koekken")
        .acceptable("cafe-kulturhuset.bagning")
        .addTo(cases);

    aCase("C03", Group.COMPOUND, "Uddannelseshjælp, 25 år: butik",
        livingIn(Town.STRUER, 0.5, 0.0).commutingAtMostKm(15).workingHoursNow(15).aimingForHours(25)
            .withGoal(A, null, "butik"))
        .ideal("struer-dagligvarer.kasse", "brugsen-vinderup.butik")
        .good("struer-dagligvarer.opfyldning", "brugsen-vinderup.opfyldning", "genbrug-noerregade.butik",
            "toejhuset.ekspedition", "dagli-centrum.opfyldning")
        .acceptable("havecenter.planteskole", "havecenter.kasse", "zoo-og-dyr.butik", "dagli-centrum.kasse",
            "biografen.kiosk", "apoteket.varemodtagelse")
        .never(Never.NOT_YET_AVAILABLE, "fjordbutikken.butiksarbejde")
        .never(Never.MONTHLY_LIMIT, "discount-nord.butik", "discount-nord.opfyldning")
        .addTo(cases);

    // "rengøring" is a word of two occupations, so the goal stays text; a wholesaler of cleaning products
    // says "rengøringsmidler" without any cleaning.
    aCase("C04", Group.COMPOUND, "Aktivitetsparat kontanthjælp, 48 år: rengøring",
        livingIn(Town.HOLSTEBRO, -1.5, -1.5).commutingAtMostKm(15).workingHoursNow(12).aimingForHours(20)
            .withGoal(A, null, "rengøring"))
        .ideal("sundhedshuset.rengoering", "holstebro-rengoering.skole")
        .good("hotel-vestjylland.vaerelser", "vestjysk-koekken.udstilling", "biografen.rengoering",
            "svoemmehallen.omklaedning", "hjemmeplejen-oest.praktisk")
        .acceptable("holstebro-autoservice.klargoering", "storaa-bageri.opvask", "dyreklinikken-vest.klinikhjaelp")
        .addTo(cases);

    // A consultant's "gartneri" means potting and greenhouse work, which the catalogue files elsewhere.
    aCase("C05", Group.COMPOUND, "Ressourceforløb, 43 år: gartneri",
        livingIn(Town.VINDERUP, 0.0, 0.0).commutingAtMostKm(20).workingHoursNow(12).aimingForHours(20)
            .withGoal(A, null, "gartneri"))
        .ideal("vinderup-gartneri.potning", "havecenter.vaeksthus")
        .good("park-og-vej.groenne", "kirkegaarden.gravsteder")
        .acceptable("skovgaarden.mark")
        .addTo(cases);

    // "pleje" stands whole in park and churchyard titles; care work says "personlig pleje", "Plejemedhjælper".
    aCase("C06", Group.COMPOUND, "Aktivitetsparat kontanthjælp, 30 år: pleje",
        livingIn(Town.HOLSTEBRO, 0.5, -0.5).commutingAtMostKm(20).workingHoursNow(15).aimingForHours(30)
            .withGoal(A, null, "pleje"))
        .ideal("lystoften.pleje", "fjordglimt.pleje")
        .good("vinderup-aeldrecenter.aktivitet", "hjemmeplejen-oest.praktisk")
        .addTo(cases);
  }

  // ---------------------------------------------------------------- development goals and wishes

  private static void wishes(List<EvaluationCase> cases) {
    aCase("W01", Group.WISHES, "Ressourceforløb, 27 år: vil gerne arbejde med kunder",
        livingIn(Town.HOLSTEBRO, 0.3, 0.3).commutingAtMostKm(10).workingHoursNow(8).aimingForHours(15)
            .developing("Vil gerne arbejde med kunder og blive tryg ved at tale med fremmede")
            .needing("GRADUAL_START", PREFER))
        .ideal("genbrug-noerregade.butik", "cafe-kulturhuset.servering", "dagli-centrum.opfyldning")
        .good("toejhuset.ekspedition", "superkoeb-syd.frugt", "storaa-bageri.butik", "raadhuskantinen.kasse",
            "varmestuen.cafe")
        .good("bygmarked-vest.farveafdeling", "elektronik-vest.butik")
        .acceptable("museum.billetsalg", "zoo-og-dyr.dyrepasning", "blomstervaerkstedet.buketter", "zoo-og-dyr.butik",
            "havecenter.planteskole", "storaa-bageri.weekendbutik", "golfklubben.cafe")
        .never(Never.MONTHLY_LIMIT, "discount-nord.butik")
        .addTo(cases);

    aCase("W02", Group.WISHES, "Aktivitetsparat kontanthjælp, 45 år: udendørs arbejde, kan ikke sidde stille",
        livingIn(Town.HOLSTEBRO, 1.0, -1.0).commutingAtMostKm(15).workingHoursNow(12).aimingForHours(20)
            .developing("Vil gerne have udendørs arbejde og bevæge sig, har svært ved at sidde stille"))
        .ideal("park-og-vej.groenne", "kirkegaarden.gravsteder")
        .good("vestbo.vicevaert", "holstebro-byg.byggeplads", "bygmarked-vest.toemmerudlevering",
            "havecenter.planteskole", "golfklubben.bane")
        .acceptable("materielgaarden-struer.strand")
        .addTo(cases);

    aCase("W03", Group.WISHES, "Sygedagpenge, 50 år: savner kolleger og et fællesskab, lavt tempo",
        livingIn(Town.STRUER, 0.0, 0.0).commutingAtMostKm(15).workingHoursNow(10).aimingForHours(20)
            .developing("Vil gerne have kolleger omkring sig og være en del af et fællesskab igen")
            .needing("LOW_TEMPO", PREFER))
        .ideal("struer-lydteknik.montage", "vinderup-gartneri.potning")
        .good("struer-dagligvarer.opfyldning", "materielgaarden-struer.strand")
        .acceptable("fjordglimt.beboercafe", "struer-lager.lagerarbejde")
        .addTo(cases);

    aCase("W04", Group.WISHES, "Uddannelseshjælp, 22 år: vil blive bedre til IT",
        livingIn(Town.HOLSTEBRO, -1.0, -1.0).commutingAtMostKm(10).workingHoursNow(12).aimingForHours(25)
            .developing("Vil gerne blive bedre til IT og arbejde ved en computer"))
        .ideal("it-genbrug.computere")
        .good("vestbo.arkiv", "lagerhotellet.registrering", "vestjysk-forsyning.postscanning", "museum.magasin")
        .acceptable("bibliotek.opstilling", "holstebro-el.materialer", "vestjysk-metal.lagerstyring")
        .addTo(cases);

    aCase("W05", Group.WISHES, "Aktivitetsparat kontanthjælp, 38 år: vil arbejde med dyr",
        livingIn(Town.VINDERUP, 0.5, 0.0).commutingAtMostKm(20).workingHoursNow(10).aimingForHours(20)
            .developing("Er glad for dyr og vil gerne arbejde med dyr, gerne udenfor"))
        .ideal("skovgaarden.kalve", "struer-hundepension.lufte")
        .good("dyreklinikken-vest.klinikhjaelp", "zoo-og-dyr.dyrepasning")
        .addTo(cases);

    aCase("W06", Group.WISHES, "Ressourceforløb, 33 år: PTSD, et roligt sted uden mange mennesker",
        livingIn(Town.HOLSTEBRO, 0.0, 1.0).commutingAtMostKm(10).workingHoursNow(6).aimingForHours(15)
            .developing("Har brug for et roligt sted at arbejde uden for mange mennesker omkring sig")
            .needing("FEW_PEOPLE", MUST))
        .ideal("genbrug-noerregade.sortering", "vestbo.arkiv", "museum.magasin")
        .good("bibliotek.opstilling", "kirkegaarden.gravsteder", "it-genbrug.computere",
            "vestjysk-forsyning.postscanning")
        .never(Never.MUST_NEED, "holstebro-rengoering.skole", "raadhuskantinen.kasse", "cafe-kulturhuset.servering",
            "varmestuen.cafe", "holstebro-skole.sfo", "biografen.kiosk", "svoemmehallen.billetsalg")
        .addTo(cases);

    aCase("W07", Group.WISHES, "Uddannelseshjælp, 24 år: autisme, trives med faste rutiner",
        livingIn(Town.HOLSTEBRO, 1.0, 0.0).commutingAtMostKm(12).workingHoursNow(10).aimingForHours(20)
            .developing("Trives med faste rutiner og overskuelige opgaver")
            .needing("CLEAR_STRUCTURE", PREFER))
        .ideal("holstebro-vaskeri.foldning", "vestbo.arkiv", "it-genbrug.adskillelse", "bibliotek.opstilling")
        .good("raadhuskantinen.salatbar", "holstebro-rengoering.trappevask", "museum.magasin", "sundhedshuset.linned")
        .addTo(cases);

    aCase("W08", Group.WISHES, "Integrationsydelse, 44 år: vil gerne hjælpe ældre",
        livingIn(Town.VINDERUP, 0.0, 0.5).commutingAtMostKm(20).workingHoursNow(10).aimingForHours(20)
            .developing("Vil gerne hjælpe ældre mennesker og give omsorg").needing("LIMITED_DANISH", PREFER))
        .ideal("vinderup-aeldrecenter.aktivitet", "fjordglimt.beboercafe")
        .good("lystoften.aktiviteter", "fjordglimt.pleje")
        .acceptable("hjemmeplejen-oest.praktisk")
        .addTo(cases);

    aCase("W09", Group.WISHES, "Integrationsydelse, 29 år: vil arbejde med børn",
        livingIn(Town.HOLSTEBRO, -1.0, 0.5).commutingAtMostKm(10).workingHoursNow(12).aimingForHours(25)
            .developing("Vil gerne arbejde med børn, gerne i en børnehave").needing("LIMITED_DANISH", PREFER))
        .ideal("boernehuset-solsikken.stue", "holstebro-skole.sfo")
        .addTo(cases);

    aCase("W10", Group.WISHES, "Ressourceforløb, 41 år: altmuligmand, et lille team",
        livingIn(Town.HOLSTEBRO, 1.0, -2.0).commutingAtMostKm(10).workingHoursNow(8).aimingForHours(15)
            .withGoal(A, null, "altmuligmand").wishing("SMALL_TEAM"))
        .ideal("park-og-vej.legepladser")
        .good("vestbo.vicevaert", "holstebro-skole.pedel")
        .addTo(cases);
  }

  // ---------------------------------------------------------------- CV experience and education

  private static void experience(List<EvaluationCase> cases) {
    // Ten years as a cook two years ago weigh more than a year of cleaning now.
    aCase("E01", Group.EXPERIENCE, "Jobafklaring, 49 år: kok i ti år, et år med rengøring, intet jobmål endnu",
        livingIn(Town.HOLSTEBRO, 0.0, -1.0).commutingAtMostKm(15).workingHoursNow(12).aimingForHours(25)
            .experiencedIn("5120", 10, 2).experiencedIn("9112", 1, 0))
        .ideal("restaurant-storaaen.frokost")
        .good("raadhuskantinen.storkoekken", "lystoften.koekken", "boernehuset-solsikken.koekken", "varmestuen.koekken")
        .acceptable("sundhedshuset.rengoering", "holstebro-rengoering.skole", "cafe-kulturhuset.bagning")
        .addTo(cases);

    aCase("E02", Group.EXPERIENCE, "Aktivitetsparat kontanthjælp, 27 år: uddannet lagerassistent, aldrig brugt den",
        livingIn(Town.HOLSTEBRO, -1.0, -1.0).commutingAtMostKm(15).workingHoursNow(10).aimingForHours(25)
            .educatedFor("4321", true))
        .ideal("lagerhotellet.registrering", "vestjysk-metal.lagerstyring", "holstebro-el.materialer")
        .good("superkoeb-syd.baglager", "bygmarked-vest.toemmerudlevering")
        .acceptable("elektronik-vest.udpakning", "apoteket.varemodtagelse")
        .never(Never.NO_FREE_SEAT, "distributionscenter.dagpluk")
        .addTo(cases);

    aCase("E03", Group.EXPERIENCE, "Sygedagpenge, 44 år: lagermedarbejder i otte år, ny rygskade",
        livingIn(Town.HOLSTEBRO, 0.0, 0.0).commutingAtMostKm(25).workingHoursNow(15).aimingForHours(37)
            .experiencedIn("9333", 8, 0).needing("NO_HEAVY_LIFTING", MUST))
        .ideal("lagerhotellet.pluk", "struer-lager.lagerarbejde")
        .good("superkoeb-syd.baglager", "vestjysk-metal.lagerstyring", "holstebro-el.materialer")
        .acceptable("distributionscenter.nathold")
        .never(Never.MUST_NEED, "vestjysk-emballage.paller", "bygmarked-vest.toemmerudlevering",
            "elektronik-vest.udpakning", "vest-bud.udbringning")
        .never(Never.NO_FREE_SEAT, "distributionscenter.dagpluk")
        .never(Never.COMMUTE_RADIUS, "lemvig-fisk.kuehllager", "herning-logistik.lagerarbejde")
        .addTo(cases);

    aCase("E04", Group.EXPERIENCE, "Ressourceforløb, 47 år: uddannet social- og sundhedshjælper, dårlig ryg",
        livingIn(Town.STRUER, 0.0, -1.0).commutingAtMostKm(20).workingHoursNow(8).aimingForHours(20)
            .educatedFor("5322", true).experiencedIn("9412", 1, 15).needing("NO_HEAVY_LIFTING", MUST))
        .ideal("lystoften.pleje")
        .good("fjordglimt.beboercafe", "vinderup-aeldrecenter.aktivitet")
        .never(Never.MUST_NEED, "fjordglimt.pleje")
        .addTo(cases);

    aCase("E05", Group.EXPERIENCE, "Sygedagpenge, 55 år: landbrugsmedhjælper i ti år, gården er solgt",
        livingIn(Town.VINDERUP, 1.0, -1.0).commutingAtMostKm(20).workingHoursNow(15).aimingForHours(30)
            .experiencedIn("6121", 10, 1))
        .ideal("skovgaarden.kalve")
        .good("struer-hundepension.lufte", "vinderup-gartneri.potning")
        .acceptable("park-og-vej.groenne")
        .addTo(cases);
  }

  // ---------------------------------------------------------------- agreed times against DAYTIME_ONLY and flexible hours

  private static void schedules(List<EvaluationCase> cases) {
    aCase("S01", Group.SCHEDULE, "Aktivitetsparat kontanthjælp, 34 år: bager, alene med børn, kun dagtimer",
        livingIn(Town.HOLSTEBRO, -0.5, -0.5).commutingAtMostKm(20).workingHoursNow(12).aimingForHours(25)
            .withGoal(A, null, "bager").needing("DAYTIME_ONLY", MUST))
        .ideal("cafe-kulturhuset.bagning", "struer-bageri.kager")
        .good("storaa-bageri.butik")
        .acceptable("storaa-bageri.opvask")
        .never(Never.DAYTIME_ONLY, "storaa-bageri.broedproduktion", "storaa-bageri.weekendbutik",
            "struer-bageri.morgenbroed", "superkoeb-syd.bakeoff")
        .addTo(cases);

    aCase("S02", Group.SCHEDULE, "Aktivitetsparat kontanthjælp, 41 år: rengøringsassistent, kun dagtimer",
        livingIn(Town.STRUER, 0.0, -1.0).commutingAtMostKm(20).workingHoursNow(12).aimingForHours(25)
            .withGoal(A, "9112", "rengøringsassistent").needing("DAYTIME_ONLY", MUST))
        .ideal("fjord-rengoering.kontor", "holstebro-rengoering.skole", "sundhedshuset.rengoering")
        .good("vinderup-hallen.rengoering", "biografen.rengoering", "vestjysk-koekken.udstilling")
        .acceptable("holstebro-rengoering.vinduer")
        .never(Never.DAYTIME_ONLY, "holstebro-rengoering.kontor", "hotel-vestjylland.vaerelser",
            "svoemmehallen.omklaedning")
        .addTo(cases);

    aCase("S03", Group.SCHEDULE, "Ressourceforløb, 29 år: lagermedarbejder, medicin gør aften og nat umulig",
        livingIn(Town.HOLSTEBRO, 0.5, -1.0).commutingAtMostKm(12).workingHoursNow(15).aimingForHours(25)
            .withGoal(A, null, "lagermedarbejder").needing("DAYTIME_ONLY", MUST))
        .ideal("lagerhotellet.pluk", "superkoeb-syd.baglager")
        .good("vestjysk-emballage.paller", "bygmarked-vest.toemmerudlevering", "elektronik-vest.udpakning")
        .acceptable("vestjysk-metal.lagerstyring", "holstebro-el.materialer")
        .never(Never.DAYTIME_ONLY, "distributionscenter.nathold", "lagerhotellet.aftenpluk",
            "dagli-centrum.morgenopfyldning")
        .never(Never.NO_FREE_SEAT, "distributionscenter.dagpluk")
        .never(Never.COMMUTE_RADIUS, "struer-lager.lagerarbejde")
        .addTo(cases);

    aCase("S04", Group.SCHEDULE, "Aktivitetsparat kontanthjælp, 32 år: lager, enlig far, skal have fleksible timer",
        livingIn(Town.HOLSTEBRO, -1.0, -2.0).commutingAtMostKm(12).workingHoursNow(12).aimingForHours(25)
            .withGoal(A, null, "lager").needing("FLEXIBLE_HOURS", MUST))
        .ideal("lagerhotellet.pluk")
        .good("lagerhotellet.registrering")
        .acceptable("distributionscenter.nathold")
        .never(Never.MUST_NEED, "superkoeb-syd.baglager", "vestjysk-emballage.paller", "vestjysk-metal.lagerstyring",
            "bygmarked-vest.toemmerudlevering", "elektronik-vest.udpakning", "holstebro-el.materialer")
        .never(Never.NO_FREE_SEAT, "distributionscenter.dagpluk")
        .never(Never.COMMUTE_RADIUS, "struer-lager.lagerarbejde")
        .addTo(cases);

    aCase("S05", Group.SCHEDULE, "Uddannelseshjælp, 26 år: kasse, helst ikke aften og weekend",
        livingIn(Town.HOLSTEBRO, 0.0, 0.5).commutingAtMostKm(20).workingHoursNow(12).aimingForHours(25)
            .withGoal(A, null, "kasse").needing("DAYTIME_ONLY", PREFER))
        .ideal("raadhuskantinen.kasse", "struer-dagligvarer.kasse")
        .good("brugsen-vinderup.butik", "dagli-centrum.kasse")
        .acceptable("havecenter.kasse", "museum.billetsalg", "svoemmehallen.billetsalg", "biografen.kiosk")
        .addTo(cases);

    aCase("S06", Group.SCHEDULE, "Ressourceforløb, 37 år: udendørs arbejde, kun dagtimer på hverdage",
        livingIn(Town.HOLSTEBRO, 0.5, 0.0).commutingAtMostKm(15).workingHoursNow(12).aimingForHours(20)
            .developing("Vil gerne arbejde udendørs i naturen").needing("DAYTIME_ONLY", MUST))
        .ideal("park-og-vej.groenne", "kirkegaarden.gravsteder")
        .good("vestbo.vicevaert", "materielgaarden-struer.strand")
        .never(Never.DAYTIME_ONLY, "park-og-vej.fejning", "havecenter.planteskole", "struer-hundepension.lufte",
            "golfklubben.bane")
        .addTo(cases);
  }

  // ---------------------------------------------------------------- what may outweigh what

  private static void weights(List<EvaluationCase> cases) {
    // One PREFER need met is worth a few kilometres more.
    aCase("G01", Group.WEIGHTS, "Ressourceforløb, 50 år: pakkeri, kan ikke stå længe",
        livingIn(Town.HOLSTEBRO, 0.8, 0.5).commutingAtMostKm(10).workingHoursNow(12).aimingForHours(20)
            .withGoal(A, null, "pakkeri").needing("LIMITED_STANDING", PREFER))
        .ideal("vestjysk-emballage.tandboerster")
        .good("holstebro-pakkeservice.webordrer", "vestjysk-hygiejne.ordrer")
        .acceptable("vestjysk-moebler.pakning")
        .addTo(cases);

    // The shop next door fits the hours perfectly but is nothing like the goal. Holstebro's warehouse
    // tasks at 16-20 km were overlooked at first and are judged as in the other warehouse cases.
    aCase("G02", Group.WEIGHTS, "Aktivitetsparat kontanthjælp, 33 år: lagermedarbejder, bor i Vinderup",
        livingIn(Town.VINDERUP, 0.0, 0.0).commutingAtMostKm(20).workingHoursNow(12).aimingForHours(25)
            .withGoal(A, null, "lagermedarbejder"))
        .ideal("struer-lager.lagerarbejde")
        .good("struer-lager.truck", "bygmarked-vest.toemmerudlevering", "elektronik-vest.udpakning",
            "superkoeb-syd.baglager")
        .acceptable("brugsen-vinderup.opfyldning", "distributionscenter.nathold")
        .never(Never.NO_FREE_SEAT, "distributionscenter.dagpluk")
        .never(Never.COMMUTE_RADIUS, "lagerhotellet.pluk", "vestjysk-emballage.paller")
        .addTo(cases);

    // Every other task says "klargøring" too; only one is about cars.
    aCase("G03", Group.WEIGHTS, "Aktivitetsparat kontanthjælp, 24 år: bilvasker, bor ved industrikvarteret",
        livingIn(Town.HOLSTEBRO, -2.5, -2.4).commutingAtMostKm(15).workingHoursNow(12).aimingForHours(25)
            .withGoal(A, null, "bilvasker"))
        .ideal("holstebro-autoservice.klargoering")
        .addTo(cases);

    // The A goal a little farther off beats the C goal next door.
    aCase("G04", Group.WEIGHTS, "Uddannelseshjælp, 20 år: frisør, C rengøring, bor i Vinderup",
        livingIn(Town.VINDERUP, 0.0, 0.0).commutingAtMostKm(20).workingHoursNow(10).aimingForHours(20)
            .withGoal(A, null, "frisør").withGoal(C, null, "rengøring"))
        .ideal("fjordhaar.assistent", "salon-kroelle.haarvask")
        .acceptable("vinderup-hallen.rengoering", "fjord-rengoering.kontor")
        .never(Never.PAUSED, "haar-og-hud.frisoerassistent")
        .addTo(cases);
  }

  // ---------------------------------------------------------------- the hard rules

  private static void hardRules(List<EvaluationCase> cases) {
    aCase("H01", Group.HARD_RULES, "Ressourceforløb, 24 år: butik, socialfobi, ingen kundekontakt",
        livingIn(Town.HOLSTEBRO, 0.0, 0.0).commutingAtMostKm(10).workingHoursNow(10).aimingForHours(20)
            .withGoal(A, null, "butik").needing("NO_CUSTOMER_CONTACT", MUST))
        .ideal("toejhuset.varemodtagelse")
        .good("dagli-centrum.morgenopfyldning", "genbrug-noerregade.sortering", "apoteket.varemodtagelse")
        .acceptable("superkoeb-syd.baglager")
        .never(Never.MUST_NEED, "toejhuset.ekspedition", "dagli-centrum.opfyldning", "genbrug-noerregade.butik",
            "superkoeb-syd.frugt", "storaa-bageri.butik", "bygmarked-vest.farveafdeling")
        .never(Never.MONTHLY_LIMIT, "discount-nord.opfyldning")
        .addTo(cases);

    aCase("H02", Group.HARD_RULES, "Aktivitetsparat kontanthjælp, 35 år: lager, må ikke sendes til Lagerhotellet igen",
        livingIn(Town.HOLSTEBRO, 0.0, -1.0).commutingAtMostKm(10).workingHoursNow(15).aimingForHours(30)
            .withGoal(A, null, "lager").excluding("lagerhotellet"))
        .ideal("superkoeb-syd.baglager")
        .good("vestjysk-emballage.paller", "bygmarked-vest.toemmerudlevering", "holstebro-el.materialer",
            "vestjysk-metal.lagerstyring")
        .acceptable("elektronik-vest.udpakning", "distributionscenter.nathold")
        .never(Never.EXCLUDED_COMPANY, "lagerhotellet.pluk", "lagerhotellet.registrering", "lagerhotellet.aftenpluk")
        .never(Never.NO_FREE_SEAT, "distributionscenter.dagpluk")
        .never(Never.COMMUTE_RADIUS, "struer-lager.lagerarbejde")
        .addTo(cases);

    aCase("H03", Group.HARD_RULES, "Aktivitetsparat kontanthjælp, 40 år: lager, bor i Lemvig uden bil",
        livingIn(Town.LEMVIG, 0.0, 0.0).commutingAtMostKm(10).workingHoursNow(15).aimingForHours(30)
            .withGoal(A, null, "lager"))
        .ideal("lemvig-fisk.kuehllager")
        .acceptable("lemvig-dagligvarer.opfyldning")
        .never(Never.COMMUTE_RADIUS, "harboere-fiskemel.lager", "struer-lager.lagerarbejde")
        .addTo(cases);

    aCase("H04", Group.HARD_RULES, "Ressourceforløb, 52 år: butik, kan kun fire timer om ugen nu",
        livingIn(Town.HOLSTEBRO, 0.0, 0.3).commutingAtMostKm(10).workingHoursNow(4).aimingForHours(10)
            .withGoal(A, null, "butik"))
        .ideal("genbrug-noerregade.butik")
        .good("toejhuset.varemodtagelse")
        .never(Never.HOURS_NOW, "toejhuset.ekspedition", "dagli-centrum.opfyldning", "storaa-bageri.butik",
            "superkoeb-syd.frugt", "elektronik-vest.butik", "bygmarked-vest.farveafdeling", "zoo-og-dyr.butik",
            "havecenter.planteskole")
        .addTo(cases);

    aCase("H05", Group.HARD_RULES, "Ressourceforløb, 50 år: gartner, KOL, kun indendørs",
        livingIn(Town.HOLSTEBRO, 1.0, 0.5).commutingAtMostKm(20).workingHoursNow(12).aimingForHours(20)
            .withGoal(A, null, "gartner").needing("INDOOR_ONLY", MUST))
        .ideal("havecenter.vaeksthus", "vinderup-gartneri.potning")
        .never(Never.MUST_NEED, "park-og-vej.groenne", "kirkegaarden.gravsteder", "havecenter.planteskole",
            "golfklubben.bane")
        .addTo(cases);

    aCase("H06", Group.HARD_RULES, "Integrationsydelse, 35 år: kontor, skriver ikke dansk endnu",
        livingIn(Town.HOLSTEBRO, -0.5, -0.5).commutingAtMostKm(10).workingHoursNow(12).aimingForHours(25)
            .withGoal(A, null, "kontor").needing("LIMITED_DANISH", MUST))
        .ideal("vestjysk-forsyning.postscanning")
        .good("it-genbrug.computere", "lagerhotellet.registrering")
        .never(Never.MUST_NEED, "vestbo.arkiv", "museum.magasin", "tandlaegerne-noerregade.reception",
            "apoteket.varemodtagelse")
        .addTo(cases);

    aCase("H07", Group.HARD_RULES, "Aktivitetsparat kontanthjælp, 38 år: køkkenmedhjælper, eksem, ingen kemi",
        livingIn(Town.HOLSTEBRO, 0.0, 0.0).commutingAtMostKm(12).workingHoursNow(12).aimingForHours(25)
            .withGoal(A, null, "køkkenmedhjælper").needing("NO_CHEMICALS", MUST))
        .ideal("raadhuskantinen.salatbar", "varmestuen.koekken")
        .good("restaurant-storaaen.frokost", "hotel-vestjylland.morgenmad", "restaurant-storaaen.aftenopvask")
        .acceptable("cafe-kulturhuset.bagning")
        .never(Never.MUST_NEED, "raadhuskantinen.storkoekken", "lystoften.koekken", "boernehuset-solsikken.koekken",
            "storaa-bageri.opvask")
        .addTo(cases);
  }

  // ---------------------------------------------------------------- builders

  /** A citizen living about {@code kmEast} east and {@code kmNorth} north of a town centre. */
  private static CitizenBuilder livingIn(Town town, double kmEast, double kmNorth) {
    return TestCitizens.aCitizen().livingAt(town.at(kmEast, kmNorth));
  }

  private static CaseBuilder aCase(String id, Group group, String description, CitizenBuilder citizen) {
    return new CaseBuilder(id, group, description, citizen);
  }

  private static final class CaseBuilder {
    private final String id;
    private final Group group;
    private final String description;
    private final CitizenBuilder citizen;
    private final Map<String, Grade> grades = new LinkedHashMap<>();
    private final Map<String, Never> never = new LinkedHashMap<>();

    private CaseBuilder(String id, Group group, String description, CitizenBuilder citizen) {
      this.id = id;
      this.group = group;
      this.description = description;
      this.citizen = citizen;
    }

    CaseBuilder ideal(String... taskIds) {
      return grade(Grade.IDEAL, taskIds);
    }

    CaseBuilder good(String... taskIds) {
      return grade(Grade.GOOD, taskIds);
    }

    CaseBuilder acceptable(String... taskIds) {
      return grade(Grade.ACCEPTABLE, taskIds);
    }

    private CaseBuilder grade(Grade grade, String... taskIds) {
      for (String taskId : taskIds) {
        judgedOnce(taskId);
        grades.put(taskId, grade);
      }
      return this;
    }

    CaseBuilder never(Never why, String... taskIds) {
      for (String taskId : taskIds) {
        judgedOnce(taskId);
        never.put(taskId, why);
      }
      return this;
    }

    private void judgedOnce(String taskId) {
      if (grades.containsKey(taskId) || never.containsKey(taskId)) {
        throw new IllegalStateException(id + ": " + taskId + " is judged twice");
      }
    }

    void addTo(List<EvaluationCase> cases) {
      PooledJudgements.BUNDLED.of(id).forEach((taskId, grade) -> grade(grade, taskId));
      cases.add(new EvaluationCase(id, group, description, citizen.build(), Map.copyOf(grades), Map.copyOf(never)));
    }
  }
}
