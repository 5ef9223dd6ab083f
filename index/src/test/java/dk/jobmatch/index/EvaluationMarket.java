package dk.jobmatch.index;

import static dk.jobmatch.index.TestCompanies.aCompany;
import static dk.jobmatch.index.TestCompanies.aTask;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import dk.jobmatch.index.CompanyEntry.OrdinaryHoursStance;
import dk.jobmatch.index.TestCompanies.CompanyBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * The local labour market of the evaluation set ({@link EvaluationCases}): companies in and around
 * Holstebro (Struer, Vinderup, Lemvig, and Herning past the usual radius) with their partial tasks
 * as consultants register them. Written for this project; the names are made up and any likeness to
 * a real company is chance.
 *
 * <p>Titles and descriptions are in the company's own words, so many goal words stand only inside
 * compounds ("Lagerarbejde", "Storkøkkenet"), and not every title names its occupation. Distractors
 * are on purpose: a goal's word in an unrelated task ("tandbørster" for a dental assistant, "lager"
 * in a cashier's description, kitchen fitters for someone who wants a kitchen), tasks next door that
 * have nothing to do with anyone's goal, early-morning, evening, weekend and night shifts, full
 * tasks, and companies that are paused, at their monthly limit or available only from a later date.
 *
 * <p>Ids read as {@code company.task}, so a judgement in {@link EvaluationCases} names its company.
 */
final class EvaluationMarket {
  /** The day every case is matched on: a Monday. */
  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
  private static final YearMonth THIS_MONTH = YearMonth.from(TODAY);

  private EvaluationMarket() {}

  /** A town of the market, with its municipality (Vinderup lies in Holstebro Municipality). */
  enum Town {
    HOLSTEBRO("661", TestPlaces.HOLSTEBRO),
    STRUER("671", TestPlaces.STRUER),
    VINDERUP("661", TestPlaces.VINDERUP),
    LEMVIG("665", TestPlaces.LEMVIG),
    HERNING("657", TestPlaces.HERNING);

    final String municipalityCode;
    final GeoPoint centre;

    Town(String municipalityCode, GeoPoint centre) {
      this.municipalityCode = municipalityCode;
      this.centre = centre;
    }

    /** A street about {@code kmEast} east and {@code kmNorth} north of the town centre. */
    GeoPoint at(double kmEast, double kmNorth) {
      return TestPlaces.kmFrom(centre, kmEast, kmNorth);
    }
  }

  static List<CompanyEntry> companies() {
    return Stream.of(shops(), food(), care(), cleaning(), warehouses(), crafts(), green(), animals(), offices(),
            leisure(), struer(), vinderup(), lemvig(), herning())
        .flatMap(List::stream)
        .map(CompanyBuilder::build)
        .toList();
  }

  private static CompanyBuilder company(String id, String name, Town town, double kmEast, double kmNorth) {
    return aCompany(id).named(name).inMunicipality(town.municipalityCode).at(town.at(kmEast, kmNorth));
  }

  // ---------------------------------------------------------------- Holstebro: shops

  private static List<CompanyBuilder> shops() {
    return List.of(
        company("dagli-centrum", "Centrum Dagligvarer Holstebro", Town.HOLSTEBRO, 0.3, 0.2)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(6, 3)
            .offering("GRADUAL_START", "FIXED_CONTACT_PERSON")
            .with(
                aTask("dagli-centrum.morgenopfyldning").titled("Morgenopfyldning før åbning")
                    .described("Fylde mejeri, brød og kolonial op, før butikken åbner kl. 8. Paller køres frem af"
                        + " lageret.")
                    .inOccupation("9334").withSkills("varepåfyldning")
                    .demanding("PROLONGED_STANDING", "REPETITIVE_MOVEMENTS", "EARLY_OR_LATE_HOURS")
                    .weeklyHours(6, 15).weekdays("05:30", "08:30").inTeamOf(4).freeCapacity(2),
                aTask("dagli-centrum.opfyldning").titled("Opfyldning i dagligvarebutik")
                    .described("Fylde varer på hylderne, tjekke datoer og facere hylderne i åbningstiden. Kunderne"
                        + " spørger tit, hvor varerne står.")
                    .inOccupation("9334").withSkills("varepåfyldning", "datokontrol")
                    .demanding("PROLONGED_STANDING", "REPETITIVE_MOVEMENTS", "CUSTOMER_CONTACT")
                    .weeklyHours(5, 15).weekdays("09:00", "13:00").inTeamOf(6).freeCapacity(2).eligibleForPaidHours(),
                aTask("dagli-centrum.kasse").titled("Kassebetjening og kundeservice")
                    .described("Betjene kassen, tage imod returflasker og hjælpe kunderne, fx hente varer på lager"
                        + " når en hylde er tom.")
                    .inOccupation("5230").withSkills("kassebetjening", "kundeservice")
                    .demanding("CUSTOMER_CONTACT", "MANY_PEOPLE", "REPETITIVE_MOVEMENTS", "TIME_PRESSURE", "SPOKEN_DANISH")
                    .weeklyHours(8, 15).on("15:00", "19:00", TUESDAY, THURSDAY).on(SATURDAY, "09:00", "14:00")
                    .inTeamOf(6),
                aTask("dagli-centrum.flaskeretur").titled("Flaskeretur og pap")
                    .described("Tømme flaskeautomaten, sortere returflasker i kasser og presse pap i baglokalet.")
                    .inOccupation("9612").demanding("HEAVY_LIFTING", "REPETITIVE_MOVEMENTS", "NOISE")
                    .weeklyHours(4, 8).on("10:00", "12:00", MONDAY, WEDNESDAY, FRIDAY).inTeamOf(2)),

        // At its monthly limit: two placements started this month, and the store manager said two.
        company("discount-nord", "Discount Nord Holstebro", Town.HOLSTEBRO, 1.5, 2.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).monthlyLimit(2, THIS_MONTH, 2)
            .with(
                aTask("discount-nord.opfyldning").titled("Vareopfyldning")
                    .described("Fylde varer op i butikken og holde gangene ryddelige.")
                    .inOccupation("9334").demanding("PROLONGED_STANDING", "REPETITIVE_MOVEMENTS", "HEAVY_LIFTING")
                    .weeklyHours(5, 15).weekdays("08:00", "12:00").inTeamOf(5).freeCapacity(2),
                aTask("discount-nord.butik").titled("Butiksmedhjælper")
                    .described("Ekspedere ved kassen og fylde op i roligere perioder.")
                    .inOccupation("5223").demanding("CUSTOMER_CONTACT", "MANY_PEOPLE", "PROLONGED_STANDING")
                    .weeklyHours(5, 15).weekdays("10:00", "14:00").inTeamOf(5)),

        company("toejhuset", "Tøjhuset Holstebro", Town.HOLSTEBRO, 0.1, 0.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("FIXED_CONTACT_PERSON")
            .with(
                aTask("toejhuset.ekspedition").titled("Ekspedition og kundeservice i tøjbutik")
                    .described("Hjælpe kunderne med størrelser, lægge tøj sammen og betjene kassen i roligere"
                        + " perioder.")
                    .inOccupation("5223").withSkills("kundeservice", "salg")
                    .demanding("CUSTOMER_CONTACT", "PROLONGED_STANDING", "SPOKEN_DANISH")
                    .weeklyHours(5, 12).weekdays("10:00", "14:00").inTeamOf(3).eligibleForPaidHours(),
                aTask("toejhuset.varemodtagelse").titled("Varemodtagelse og prismærkning")
                    .described("Pakke leverancerne ud i baglokalet, sætte alarmer og priser på tøjet og hænge det"
                        + " på stativer.")
                    .inOccupation("9334").demanding("REPETITIVE_MOVEMENTS")
                    .weeklyHours(4, 8).on("08:00", "12:00", TUESDAY, THURSDAY).inTeamOf(2)),

        // A second-hand shop run by volunteers and a few employees: patient, but pays no wages.
        company("genbrug-noerregade", "Genbrugsbutikken Nørregade", Town.HOLSTEBRO, -0.4, 0.3)
            .openToOrdinaryHours(OrdinaryHoursStance.NO)
            .offering("OWN_PACE", "GRADUAL_START", "BREAKS_ON_DEMAND", "LANGUAGE_SUPPORT", "FIXED_CONTACT_PERSON")
            .with(
                aTask("genbrug-noerregade.butik").titled("Butiksarbejde i genbrugsbutik")
                    .described("Ekspedere kunder ved disken, sætte tøj og ting på plads og holde butikken pæn.")
                    .inOccupation("5223").withSkills("kundeservice")
                    .demanding("CUSTOMER_CONTACT")
                    .weeklyHours(3, 12).weekdays("10:00", "16:00").inTeamOf(5).freeCapacity(2),
                aTask("genbrug-noerregade.sortering").titled("Sortering af indleverede ting")
                    .described("Sortere tøj, bøger og service fra indleveringen i baglokalet og prissætte det.")
                    .inOccupation("9629").demanding("REPETITIVE_MOVEMENTS").offering("QUIET_WORKSPACE", "SEATED_OPTION")
                    .weeklyHours(3, 10).weekdays("10:00", "15:00").inTeamOf(3).freeCapacity(2)),

        company("bygmarked-vest", "Bygmarked Vest", Town.HOLSTEBRO, 2.5, -1.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("bygmarked-vest.toemmerudlevering").titled("Udlevering i tømmerhandlen")
                    .described("Finde og læsse tømmer, plader og isolering til håndværkere og private kunder i"
                        + " gården.")
                    .inOccupation("9333").withSkills("gaffeltruck")
                    .demanding("HEAVY_LIFTING", "OUTDOOR", "CUSTOMER_CONTACT")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(4),
                aTask("bygmarked-vest.farveafdeling").titled("Butiksarbejde i farveafdelingen")
                    .described("Blande maling efter kundens ønske, fylde hylder med pensler og maling og give råd"
                        + " om, hvad der skal til.")
                    .inOccupation("5223").withSkills("kundeservice")
                    .demanding("CUSTOMER_CONTACT", "PROLONGED_STANDING")
                    .weeklyHours(6, 15).weekdays("09:00", "15:00").inTeamOf(3).eligibleForPaidHours()),

        company("blomstervaerkstedet", "Blomsterværkstedet", Town.HOLSTEBRO, 0.2, -0.3)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("blomstervaerkstedet.buketter").titled("Binde buketter og pynte til højtider")
                    .described("Binde buketter, lave dekorationer og kranse, vande og pleje de afskårne blomster og"
                        + " ekspedere, når der er travlt.")
                    .inOccupation("7549").withSkills("blomsterbinding", "dekoration")
                    .demanding("PROLONGED_STANDING", "CUSTOMER_CONTACT").offering("SEATED_OPTION")
                    .weeklyHours(5, 12).on("08:00", "13:00", TUESDAY, WEDNESDAY, THURSDAY, FRIDAY).inTeamOf(2),
                aTask("blomstervaerkstedet.udbringning").titled("Udbringning af blomster")
                    .described("Køre buketter og kranse ud til kunder, kirker og plejehjem i firmaets varebil.")
                    .inOccupation("9621").demanding("DRIVING")
                    .weeklyHours(4, 8).on(FRIDAY, "10:00", "14:00").on(SATURDAY, "08:00", "12:00").inTeamOf(2)),

        company("havecenter", "Holstebro Havecenter", Town.HOLSTEBRO, 3.0, 1.5)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(4, 2)
            .with(
                aTask("havecenter.vaeksthus").titled("Pasning af planter i væksthuset")
                    .described("Vande, prikle om og pleje potteplanter og udplantningsplanter og sætte dem frem i"
                        + " butikken.")
                    .inOccupation("6113").withSkills("planter", "vanding")
                    .demanding("PROLONGED_STANDING", "WALKING")
                    .weeklyHours(5, 15).weekdays("08:00", "12:00").inTeamOf(5).eligibleForPaidHours(),
                aTask("havecenter.planteskole").titled("Salg af træer og buske i planteskolen")
                    .described("Hjælpe kunderne ude i planteskolen, bære træer og buske ud til bilerne.")
                    .inOccupation("5223").demanding("OUTDOOR", "HEAVY_LIFTING", "CUSTOMER_CONTACT")
                    .weeklyHours(6, 12).on("09:00", "15:00", SATURDAY, SUNDAY).inTeamOf(4),
                aTask("havecenter.kasse").titled("Kasse i havecentret")
                    .described("Betjene kassen i weekenden, pakke planter ind og tage imod bestillinger.")
                    .inOccupation("5230").demanding("CUSTOMER_CONTACT", "MANY_PEOPLE")
                    .weeklyHours(6, 12).on("10:00", "16:00", SATURDAY, SUNDAY).inTeamOf(3)),

        company("salon-kroelle", "Salon Krølle", Town.HOLSTEBRO, 0.0, 0.4)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("FIXED_CONTACT_PERSON")
            .with(
                aTask("salon-kroelle.haarvask").titled("Hårvask, føntørring og klargøring af salonen")
                    .described("Vaske kundernes hår, feje, vaske håndklæder og gøre arbejdspladserne klar. Lære at"
                        + " klippe under vejledning af frisøren.")
                    .inOccupation("5141").withSkills("hårvask", "kundebetjening")
                    .demanding("CUSTOMER_CONTACT", "PROLONGED_STANDING", "CLEANING_CHEMICALS")
                    .weeklyHours(6, 15).on("09:00", "14:00", TUESDAY, WEDNESDAY, THURSDAY, FRIDAY).inTeamOf(3)
                    .eligibleForPaidHours()),

        // Paused: the owner is on leave until mid-April.
        company("haar-og-hud", "Hår & Hudpleje Holstebro", Town.HOLSTEBRO, -1.0, 0.5)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN).pausedUntil(LocalDate.of(2025, 4, 14))
            .with(
                aTask("haar-og-hud.frisoerassistent").titled("Frisørassistent – vask og farvning")
                    .described("Vaske hår, blande farve og holde salonen ren.")
                    .inOccupation("5141").demanding("CUSTOMER_CONTACT", "PROLONGED_STANDING", "CLEANING_CHEMICALS")
                    .weeklyHours(8, 15).weekdays("09:00", "14:00").inTeamOf(3),
                aTask("haar-og-hud.reception").titled("Reception og booking i klinikken")
                    .described("Tage imod kunder, passe telefon og tidsbestilling og rydde op i behandlingsrummene.")
                    .inOccupation("4226").demanding("COMPUTER_USE", "CUSTOMER_CONTACT", "WRITTEN_DANISH")
                    .weeklyHours(6, 12).on("10:00", "14:00", MONDAY, TUESDAY, WEDNESDAY).inTeamOf(3)),

        company("elektronik-vest", "Vestjysk Hvidevarer & Elektronik", Town.HOLSTEBRO, 0.5, -1.0)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("elektronik-vest.udpakning").titled("Udpakning og klargøring af hvidevarer")
                    .described("Pakke vaskemaskiner og komfurer ud, tjekke at leverancen er komplet, før"
                        + " elektrikeren tilslutter, og køre emballage til container.")
                    .inOccupation("9333").demanding("HEAVY_LIFTING", "WALKING")
                    .weeklyHours(6, 12).weekdays("08:00", "12:00").inTeamOf(3),
                aTask("elektronik-vest.butik").titled("Salg af elektronik")
                    .described("Vise kunderne rundt blandt fjernsyn og computere og hjælpe med at finde varer.")
                    .inOccupation("5223").demanding("CUSTOMER_CONTACT", "PROLONGED_STANDING", "SPOKEN_DANISH")
                    .weeklyHours(8, 15).weekdays("10:00", "17:00").inTeamOf(4)),

        company("superkoeb-syd", "SuperKøb Holstebro Syd", Town.HOLSTEBRO, 0.5, -2.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("LIFTING_AIDS")
            .with(
                aTask("superkoeb-syd.frugt").titled("Frugt og grønt – opfyldning og pleje af afdelingen")
                    .described("Sortere frugt og grønt, fylde op og holde afdelingen flot. Kunderne spørger ofte om"
                        + " varerne.")
                    .inOccupation("9334").withSkills("varepåfyldning")
                    .demanding("CUSTOMER_CONTACT", "PROLONGED_STANDING")
                    .weeklyHours(5, 12).weekdays("08:00", "12:00").inTeamOf(5).eligibleForPaidHours(),
                aTask("superkoeb-syd.bakeoff").titled("Bake-off – brød i butikkens ovn")
                    .described("Bage rundstykker og brød af frosne emner, så de er klar, når butikken åbner.")
                    .inOccupation("7512").demanding("EARLY_OR_LATE_HOURS", "PROLONGED_STANDING")
                    .weeklyHours(6, 12).on("06:00", "09:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY).inTeamOf(2),
                aTask("superkoeb-syd.baglager").titled("Varemodtagelse i baglageret")
                    .described("Tage imod leverancer, tjekke følgesedler og køre paller på plads med palleløfter.")
                    .inOccupation("9333").withSkills("palleløfter")
                    .demanding("HEAVY_LIFTING", "WALKING")
                    .weeklyHours(8, 15).weekdays("07:00", "11:00").inTeamOf(3)),

        company("museum", "Holstebro Museum", Town.HOLSTEBRO, -0.3, -0.5)
            .openToOrdinaryHours(OrdinaryHoursStance.NO).offering("QUIET_WORKSPACE", "STRUCTURED_TASKS")
            .with(
                aTask("museum.billetsalg").titled("Billetsalg og museumsbutik")
                    .described("Sælge billetter og bøger, byde gæsterne velkommen og fortælle om udstillingerne.")
                    .inOccupation("5230").demanding("CUSTOMER_CONTACT", "SPOKEN_DANISH")
                    .weeklyHours(5, 10).on("11:00", "16:00", SATURDAY, SUNDAY).inTeamOf(2),
                aTask("museum.magasin").titled("Registrering af genstande i magasinet")
                    .described("Fotografere, måle og registrere genstande i museets database.")
                    .inOccupation("4415").withSkills("registrering", "computer")
                    .demanding("COMPUTER_USE", "WRITTEN_DANISH", "PROLONGED_SITTING")
                    .weeklyHours(4, 10).weekdays("09:00", "13:00").inTeamOf(2)));
  }

  // ---------------------------------------------------------------- Holstebro: food

  private static List<CompanyBuilder> food() {
    return List.of(
        company("raadhuskantinen", "Rådhuskantinen Holstebro", Town.HOLSTEBRO, 0.2, 0.1)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(5, 2)
            .offering("FIXED_CONTACT_PERSON", "STRUCTURED_TASKS")
            .with(
                aTask("raadhuskantinen.storkoekken").titled("Opvask og klargøring i Storkøkkenet")
                    .described("Køre opvaskemaskinen, skrælle og snitte grøntsager og gøre rent efter frokosten.")
                    .inOccupation("9412").withSkills("opvask", "hygiejne")
                    .demanding("PROLONGED_STANDING", "CLEANING_CHEMICALS", "NOISE", "TIME_PRESSURE")
                    .weeklyHours(6, 15).weekdays("08:00", "13:00").inTeamOf(6).freeCapacity(2).eligibleForPaidHours(),
                aTask("raadhuskantinen.salatbar").titled("Klargøring af salatbar")
                    .described("Snitte grønt, anrette salatbaren og fylde op under frokosten.")
                    .inOccupation("9412").demanding("PROLONGED_STANDING").offering("SEATED_OPTION")
                    .weeklyHours(5, 10).weekdays("09:00", "13:00").inTeamOf(4),
                aTask("raadhuskantinen.kasse").titled("Kasse og kaffe i kantinen")
                    .described("Tage betaling for frokosten og holde kaffebaren fyldt.")
                    .inOccupation("5246").demanding("CUSTOMER_CONTACT", "MANY_PEOPLE")
                    .weeklyHours(5, 10).weekdays("11:00", "13:30").inTeamOf(3)),

        // Kitchen fitters: "køkken" in every title, and nothing to do with cooking.
        company("vestjysk-koekken", "Vestjysk Køkken & Bad", Town.HOLSTEBRO, 3.5, 2.5)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("vestjysk-koekken.montering").titled("Montering af køkken hos kunder")
                    .described("Hjælpe montøren med at bære og sætte køkkenelementer og bordplader op.")
                    .inOccupation("7522").demanding("HEAVY_LIFTING", "DRIVING", "NOISE")
                    .weeklyHours(10, 15).weekdays("07:00", "12:00").inTeamOf(2),
                aTask("vestjysk-koekken.udstilling").titled("Rengøring af køkkenudstillingen")
                    .described("Holde udstillingen af køkkener og badeværelser ren og pæn til kunderne kommer.")
                    .inOccupation("9112").demanding("CLEANING_CHEMICALS", "WALKING")
                    .weeklyHours(4, 8).on("08:00", "12:00", MONDAY, THURSDAY).inTeamOf(1)),

        company("restaurant-storaaen", "Restaurant Storåen", Town.HOLSTEBRO, 0.0, -0.2)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("restaurant-storaaen.aftenopvask").titled("Opvask i restaurantkøkkenet")
                    .described("Opvask og oprydning under aftenservicen.")
                    .inOccupation("9412").demanding("PROLONGED_STANDING", "TIME_PRESSURE", "NOISE", "EARLY_OR_LATE_HOURS")
                    .weeklyHours(8, 10).on("17:00", "22:00", FRIDAY, SATURDAY).inTeamOf(4),
                aTask("restaurant-storaaen.frokost").titled("Forberedelse af frokostretter")
                    .described("Tilberede smørrebrød, supper og dagens ret efter opskrift sammen med kokken.")
                    .inOccupation("5120").withSkills("madlavning", "smørrebrød")
                    .demanding("PROLONGED_STANDING", "TIME_PRESSURE", "NOISE")
                    .weeklyHours(8, 15).weekdays("09:00", "13:00").inTeamOf(4).eligibleForPaidHours()),

        company("cafe-kulturhuset", "Café Kulturhuset", Town.HOLSTEBRO, 0.4, 0.0)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN).offering("GRADUAL_START")
            .with(
                aTask("cafe-kulturhuset.servering").titled("Servering og kaffebar")
                    .described("Tage imod bestillinger, lave kaffe og servere for gæsterne, rydde borde.")
                    .inOccupation("5131").withSkills("servering", "kaffe")
                    .demanding("CUSTOMER_CONTACT", "MANY_PEOPLE", "PROLONGED_STANDING")
                    .weeklyHours(5, 12).weekdays("10:00", "14:00").inTeamOf(4),
                aTask("cafe-kulturhuset.bagning").titled("Bage kager og boller til caféen")
                    .described("Bage dagens kager og boller efter caféens opskrifter.")
                    .inOccupation("7512").withSkills("bagning")
                    .demanding("PROLONGED_STANDING")
                    .weeklyHours(4, 9).on("08:00", "11:00", MONDAY, TUESDAY, WEDNESDAY).inTeamOf(2)),

        // A bakery whose production starts at four; it offers flexible hours in the shop, not at the oven.
        company("storaa-bageri", "Storå Bageri", Town.HOLSTEBRO, -0.8, -0.6)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("FLEXIBLE_SCHEDULE")
            .with(
                aTask("storaa-bageri.broedproduktion").titled("Brødproduktion i bageriet")
                    .described("Ælte dej, forme rundstykker og franskbrød og passe ovnen sammen med bageren.")
                    .inOccupation("7512").withSkills("bagning")
                    .demanding("EARLY_OR_LATE_HOURS", "PROLONGED_STANDING", "HEAVY_LIFTING", "TIME_PRESSURE")
                    .weeklyHours(8, 15).weekdays("04:00", "08:00").inTeamOf(4).eligibleForPaidHours(),
                aTask("storaa-bageri.butik").titled("Ekspedition i bagerbutikken")
                    .described("Ekspedere kunder, smøre sandwich og holde disken pæn om eftermiddagen.")
                    .inOccupation("5223").demanding("CUSTOMER_CONTACT", "PROLONGED_STANDING")
                    .weeklyHours(6, 15).on("12:00", "16:00", TUESDAY, WEDNESDAY, THURSDAY, FRIDAY).inTeamOf(3),
                aTask("storaa-bageri.weekendbutik").titled("Weekendvagt i butikken")
                    .described("Ekspedere morgenbrød lørdag og søndag.")
                    .inOccupation("5223").demanding("CUSTOMER_CONTACT", "EARLY_OR_LATE_HOURS", "TIME_PRESSURE")
                    .weeklyHours(8, 11).on("06:30", "12:00", SATURDAY, SUNDAY).inTeamOf(2),
                aTask("storaa-bageri.opvask").titled("Opvask af bageplader og rengøring af bageriet")
                    .described("Vaske bageplader, hævekurve og maskiner af og gøre gulvet rent, når bagerne er færdige.")
                    .inOccupation("9412").demanding("CLEANING_CHEMICALS", "PROLONGED_STANDING")
                    .weeklyHours(5, 12).weekdays("09:00", "12:00").inTeamOf(2)),

        company("hotel-vestjylland", "Hotel Vestjylland", Town.HOLSTEBRO, -0.6, 0.9)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("hotel-vestjylland.vaerelser").titled("Værelsesrengøring")
                    .described("Rede senge, gøre badeværelser rent og fylde op på værelserne, også i weekenden.")
                    .inOccupation("9112").demanding("CLEANING_CHEMICALS", "WALKING", "TIME_PRESSURE")
                    .weeklyHours(8, 15).on("09:00", "13:00", FRIDAY, SATURDAY, SUNDAY).inTeamOf(4),
                aTask("hotel-vestjylland.morgenmad").titled("Morgenmadsbuffet – opfyldning og opvask")
                    .described("Sætte buffeten op, fylde op og tage opvasken, mens gæsterne spiser.")
                    .inOccupation("9412").demanding("EARLY_OR_LATE_HOURS", "CUSTOMER_CONTACT", "PROLONGED_STANDING")
                    .weeklyHours(6, 15).weekdays("06:00", "10:00").inTeamOf(3)));
  }

  // ---------------------------------------------------------------- Holstebro: care, children, health

  private static List<CompanyBuilder> care() {
    return List.of(
        company("lystoften", "Plejecenter Lystoften", Town.HOLSTEBRO, 1.0, -1.5)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(5, 2)
            .offering("LIFTING_AIDS", "FIXED_CONTACT_PERSON", "GRADUAL_START")
            .with(
                aTask("lystoften.aktiviteter").titled("Aktiviteter og samvær med beboerne")
                    .described("Læse avis højt, spille spil, gå ture med beboerne og hjælpe ved eftermiddagskaffen."
                        + " Beboerne skal somme tider følges til frisør og fodpleje.")
                    .inOccupation("5329").demanding("SPOKEN_DANISH", "WALKING")
                    .weeklyHours(4, 12).weekdays("13:00", "16:00").inTeamOf(6).freeCapacity(2),
                aTask("lystoften.pleje").titled("Hjælp til personlig pleje om formiddagen")
                    .described("Hjælpe beboerne op, i bad og i tøjet sammen med en social- og sundhedsassistent.")
                    .inOccupation("5322").withSkills("personlig pleje", "forflytning")
                    .demanding("HEAVY_LIFTING", "SPOKEN_DANISH")
                    .weeklyHours(8, 15).weekdays("07:00", "11:00").inTeamOf(8).eligibleForPaidHours(),
                aTask("lystoften.koekken").titled("Opvask og anretning i plejecentrets køkken")
                    .described("Anrette frokosten på fade, køre vogne ud til afdelingerne og tage opvasken.")
                    .inOccupation("9412").demanding("PROLONGED_STANDING", "CLEANING_CHEMICALS")
                    .weeklyHours(5, 12).weekdays("10:00", "13:00").inTeamOf(4),
                aTask("lystoften.aftensmad").titled("Aftenhjælp – servering af aftensmad")
                    .described("Dække bord, servere aftensmaden og hjælpe beboerne med at spise.")
                    .inOccupation("5329").demanding("EARLY_OR_LATE_HOURS", "SPOKEN_DANISH")
                    .weeklyHours(6, 12).weekdays("17:00", "19:30").inTeamOf(4)),

        company("hjemmeplejen-oest", "Hjemmeplejen Holstebro Øst", Town.HOLSTEBRO, 2.0, 0.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("hjemmeplejen-oest.praktisk").titled("Praktisk hjælp i borgernes hjem")
                    .described("Gøre rent, handle ind og tage tøjvask hos ældre borgere; man kører selv mellem"
                        + " borgerne.")
                    .inOccupation("9111").demanding("DRIVING", "CLEANING_CHEMICALS", "WALKING", "SPOKEN_DANISH")
                    .weeklyHours(8, 15).weekdays("08:00", "14:00").inTeamOf(1)),

        company("tandlaegerne-noerregade", "Tandlægerne i Nørregade", Town.HOLSTEBRO, 0.3, 0.6)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("tandlaegerne-noerregade.sterilisering").titled("Sterilisering og klargøring af instrumenter")
                    .described("Rengøre, pakke og autoklavere instrumenter, fylde op i behandlingsrummene og følge"
                        + " klinikkens hygiejneregler.")
                    .inOccupation("3251").withSkills("sterilisering", "hygiejne")
                    .demanding("CLEANING_CHEMICALS", "PROLONGED_STANDING")
                    .weeklyHours(6, 12).on("08:00", "12:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY).inTeamOf(5)
                    .eligibleForPaidHours(),
                aTask("tandlaegerne-noerregade.reception").titled("Reception og tidsbestilling")
                    .described("Tage imod patienterne, passe telefonen og booke tider i journalsystemet.")
                    .inOccupation("4226").demanding("COMPUTER_USE", "WRITTEN_DANISH", "SPOKEN_DANISH", "CUSTOMER_CONTACT")
                    .weeklyHours(5, 10).weekdays("08:00", "12:00").inTeamOf(5)),

        // A packaging plant: "tand" in every title, no teeth.
        company("vestjysk-emballage", "Vestjysk Emballage A/S", Town.HOLSTEBRO, -3.0, -2.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(8, 3).offering("OWN_PACE")
            .with(
                aTask("vestjysk-emballage.tandboerster").titled("Pakning af tandbørster og tandtråd")
                    .described("Pakke tandbørster og tandtråd i æsker til apoteker og supermarkeder ved pakkebordet.")
                    .inOccupation("9321").demanding("REPETITIVE_MOVEMENTS", "PROLONGED_STANDING").offering("SEATED_OPTION")
                    .weeklyHours(5, 15).weekdays("07:00", "15:00").inTeamOf(10).freeCapacity(3),
                aTask("vestjysk-emballage.paller").titled("Palleopbygning og strækfilm")
                    .described("Bygge paller med færdige kasser og pakke dem i strækfilm til afhentning.")
                    .inOccupation("9333").demanding("HEAVY_LIFTING", "NOISE", "REPETITIVE_MOVEMENTS")
                    .weeklyHours(10, 15).weekdays("07:00", "12:00").inTeamOf(4)),

        company("boernehuset-solsikken", "Børnehuset Solsikken", Town.HOLSTEBRO, -1.8, -0.2)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("boernehuset-solsikken.stue").titled("Medhjælper på stuen")
                    .described("Lege med børnene, hjælpe ved frokosten og på legepladsen sammen med pædagogerne.")
                    .inOccupation("5311").demanding("MANY_PEOPLE", "NOISE", "SPOKEN_DANISH", "OUTDOOR")
                    .weeklyHours(8, 15).weekdays("08:00", "13:00").inTeamOf(5),
                aTask("boernehuset-solsikken.koekken").titled("Køkkenhjælp i børnehaven")
                    .described("Lave frokost til børnene efter madplanen, tage opvasken og holde køkkenet rent.")
                    .inOccupation("9412").demanding("PROLONGED_STANDING", "CLEANING_CHEMICALS")
                    .weeklyHours(5, 12).weekdays("09:00", "13:00").inTeamOf(2)),

        company("sundhedshuset", "Holstebro Sundhedshus – Service", Town.HOLSTEBRO, 1.8, -2.2)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(10, 4)
            .offering("GRADUAL_START", "FIXED_CONTACT_PERSON", "LIFTING_AIDS")
            .with(
                aTask("sundhedshuset.rengoering").titled("Rengøring af klinikker og gange")
                    .described("Gøre konsultationer, venteværelser og toiletter rent efter faste ruter.")
                    .inOccupation("9112").withSkills("rengøring", "hygiejne")
                    .demanding("CLEANING_CHEMICALS", "WALKING", "MANY_PEOPLE")
                    .weeklyHours(8, 15).weekdays("07:00", "11:00").inTeamOf(12).freeCapacity(2).eligibleForPaidHours(),
                aTask("sundhedshuset.portoer").titled("Portør – transport af prøver og post")
                    .described("Bringe prøver, post og varer rundt mellem afdelingerne.")
                    .inOccupation("9629").demanding("WALKING", "HEAVY_LIFTING", "TIME_PRESSURE")
                    .weeklyHours(8, 15).weekdays("08:00", "12:00").inTeamOf(6),
                aTask("sundhedshuset.linned").titled("Linnedservice – foldning og fordeling")
                    .described("Folde rent linned og køre det ud på afdelingerne.")
                    .inOccupation("9121").demanding("REPETITIVE_MOVEMENTS", "PROLONGED_STANDING")
                    .weeklyHours(5, 12).weekdays("09:00", "12:00").inTeamOf(3)));
  }

  // ---------------------------------------------------------------- Holstebro: cleaning and laundry

  private static List<CompanyBuilder> cleaning() {
    return List.of(
        company("holstebro-rengoering", "Holstebro Erhvervsrengøring ApS", Town.HOLSTEBRO, 1.2, 0.8)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(7, 4)
            .offering("FIXED_CONTACT_PERSON", "STRUCTURED_TASKS", "FLEXIBLE_SCHEDULE")
            .with(
                aTask("holstebro-rengoering.kontor").titled("Rengøringsopgaver på kontorer")
                    .described("Støvsuge, tømme skraldespande og gøre toiletter og tekøkkener rent på kontorer i"
                        + " midtbyen, når de ansatte er gået hjem.")
                    .inOccupation("9112").withSkills("rengøring")
                    .demanding("CLEANING_CHEMICALS", "WALKING", "EARLY_OR_LATE_HOURS")
                    .weeklyHours(6, 15).weekdays("16:00", "19:00").inTeamOf(2).eligibleForPaidHours(),
                aTask("holstebro-rengoering.skole").titled("Rengøring af skole i dagtimerne")
                    .described("Gøre klasselokaler, gange og toiletter rent i skoletiden efter en fast plan.")
                    .inOccupation("9112").withSkills("rengøring")
                    .demanding("CLEANING_CHEMICALS", "WALKING", "MANY_PEOPLE")
                    .weeklyHours(6, 15).weekdays("09:00", "13:00").inTeamOf(3),
                aTask("holstebro-rengoering.trappevask").titled("Trappevask i boligforeningen")
                    .described("Vaske trapper og gelændere i opgangene og feje ved indgangene.")
                    .inOccupation("9112").demanding("CLEANING_CHEMICALS", "WALKING")
                    .weeklyHours(5, 12).on("08:00", "12:00", MONDAY, WEDNESDAY, FRIDAY).inTeamOf(1),
                // No times agreed yet: the customers want early or late, the company offers flexible hours.
                aTask("holstebro-rengoering.vinduer").titled("Vinduespolering hos erhvervskunder")
                    .described("Pudse vinduer og glasdøre i butikker og på kontorer; tiderne aftales med kunden.")
                    .inOccupation("9123").demanding("EARLY_OR_LATE_HOURS", "WALKING")
                    .weeklyHours(5, 10).inTeamOf(2)),

        // A wholesaler of cleaning products: the word "rengøring" in every description, no cleaning.
        company("vestjysk-hygiejne", "Vestjysk Hygiejne & Papir", Town.HOLSTEBRO, -2.2, -1.8)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("vestjysk-hygiejne.ordrer").titled("Pakning af ordrer til storkunder")
                    .described("Pakke rengøringsmidler, håndsæbe og papirvarer til institutioner og"
                        + " rengøringsfirmaer.")
                    .inOccupation("9321").demanding("REPETITIVE_MOVEMENTS", "PROLONGED_STANDING")
                    .weeklyHours(6, 15).weekdays("08:00", "13:00").inTeamOf(4),
                aTask("vestjysk-hygiejne.salg").titled("Telefonsalg af rengøringsprodukter")
                    .described("Ringe til faste kunder og tage imod bestillinger på rengøringsprodukter.")
                    .inOccupation("5244").demanding("CUSTOMER_CONTACT", "COMPUTER_USE", "SPOKEN_DANISH", "PROLONGED_SITTING")
                    .weeklyHours(8, 15).weekdays("09:00", "14:00").inTeamOf(3)),

        company("holstebro-pakkeservice", "Holstebro Pakkeservice", Town.HOLSTEBRO, 1.0, 0.5)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("holstebro-pakkeservice.webordrer").titled("Pakning af webordrer")
                    .described("Pakke webordrer med tøj og sko ved pakkebordet og sætte labels på.")
                    .inOccupation("9321").demanding("PROLONGED_STANDING", "REPETITIVE_MOVEMENTS")
                    .weeklyHours(5, 15).weekdays("08:00", "13:00").inTeamOf(4)),

        company("holstebro-vaskeri", "Holstebro Vaskeri", Town.HOLSTEBRO, 3.2, 0.5)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("SEATED_OPTION", "STRUCTURED_TASKS")
            .with(
                aTask("holstebro-vaskeri.foldning").titled("Foldning af linned og arbejdstøj")
                    .described("Folde håndklæder, duge og arbejdstøj fra hoteller og virksomheder og pakke det til"
                        + " levering.")
                    .inOccupation("9121").demanding("REPETITIVE_MOVEMENTS", "PROLONGED_STANDING", "NOISE")
                    .weeklyHours(5, 15).weekdays("08:00", "13:00").inTeamOf(8).freeCapacity(2)),

        company("holstebro-autoservice", "Holstebro Autoservice", Town.HOLSTEBRO, 2.8, -0.8)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("holstebro-autoservice.klargoering").titled("Klargøring af biler")
                    .described("Vaske, støvsuge og polere biler, før de udleveres til kunderne.")
                    .inOccupation("9122").demanding("CLEANING_CHEMICALS", "PROLONGED_STANDING")
                    .weeklyHours(6, 15).weekdays("08:00", "14:00").inTeamOf(3),
                aTask("holstebro-autoservice.daekskifte").titled("Dækskifte i sæsonen")
                    .described("Skifte og afbalancere dæk og stable dæk på dækhotellet.")
                    .inOccupation("7231").demanding("HEAVY_LIFTING", "NOISE")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(3)));
  }

  // ---------------------------------------------------------------- Holstebro: warehouses, factories, transport

  private static List<CompanyBuilder> warehouses() {
    return List.of(
        company("lagerhotellet", "Holstebro Lagerhotel ApS", Town.HOLSTEBRO, -2.5, -3.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(9, 5)
            .offering("LIFTING_AIDS", "FLEXIBLE_SCHEDULE")
            .with(
                aTask("lagerhotellet.pluk").titled("Lagerarbejde – plukning af ordrer")
                    .described("Plukke varer efter pluklisten med håndscanner, pakke dem og gøre klar til afsendelse.")
                    .inOccupation("9333").withSkills("ordreplukning", "håndscanner")
                    .demanding("WALKING", "HEAVY_LIFTING", "TIME_PRESSURE")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(6).freeCapacity(2).eligibleForPaidHours(),
                aTask("lagerhotellet.registrering").titled("Registrering af varer i lagersystemet")
                    .described("Tælle op og registrere varer ind og ud på computeren og rette fejl i lagertallene.")
                    .inOccupation("4321").withSkills("lagerstyring", "computer")
                    .demanding("COMPUTER_USE", "PROLONGED_SITTING")
                    .weeklyHours(5, 12).weekdays("09:00", "13:00").inTeamOf(3),
                aTask("lagerhotellet.aftenpluk").titled("Aftenpluk til butikkerne")
                    .described("Plukke og pakke ordrer til butikkernes morgenlevering.")
                    .inOccupation("9333").demanding("WALKING", "HEAVY_LIFTING", "TIME_PRESSURE", "EARLY_OR_LATE_HOURS")
                    .weeklyHours(10, 15).on("17:00", "21:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY).inTeamOf(5)),

        // A large distribution centre: day picking is full; the night team has seats.
        company("distributionscenter", "Vestjysk Distributionscenter", Town.HOLSTEBRO, 4.0, -3.5)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("FLEXIBLE_SCHEDULE", "LIFTING_AIDS")
            .with(
                aTask("distributionscenter.nathold").titled("Nathold på lageret – plukning")
                    .described("Plukke ordrer til næste dags levering på nattens hold.")
                    .inOccupation("9333").demanding("WALKING", "HEAVY_LIFTING", "TIME_PRESSURE", "EARLY_OR_LATE_HOURS")
                    .weeklyHours(10, 15).on("00:00", "05:00", TUESDAY, WEDNESDAY, THURSDAY).inTeamOf(20).freeCapacity(3),
                aTask("distributionscenter.dagpluk").titled("Plukning og pakning på dagholdet")
                    .described("Plukke og pakke ordrer til butikker i hele Jylland.")
                    .inOccupation("9333").demanding("WALKING", "HEAVY_LIFTING", "TIME_PRESSURE")
                    .weeklyHours(8, 15).weekdays("07:00", "11:00").inTeamOf(20).capacity(2, 2)),

        company("vestjysk-metal", "Vestjysk Metal A/S", Town.HOLSTEBRO, -3.5, 0.5)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(6, 2)
            .with(
                aTask("vestjysk-metal.produktion").titled("Produktionsmedhjælper ved pakkelinjen")
                    .described("Tage emner af linjen, kontrollere dem og lægge dem i kasser.")
                    .inOccupation("9329").demanding("REPETITIVE_MOVEMENTS", "NOISE", "PROLONGED_STANDING", "TIME_PRESSURE")
                    .weeklyHours(10, 15).weekdays("06:00", "10:00").inTeamOf(12),
                aTask("vestjysk-metal.lagerstyring").titled("Lagerstyring af reservedele")
                    .described("Holde styr på reservedele på lageret og registrere forbrug i systemet.")
                    .inOccupation("4321").demanding("COMPUTER_USE", "WALKING")
                    .weeklyHours(6, 12).weekdays("08:00", "12:00").inTeamOf(2)),

        company("vest-bud", "Vest Bud & Kurér", Town.HOLSTEBRO, 2.0, -2.6)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("vest-bud.udbringning").titled("Udbringning af pakker med varebil")
                    .described("Køre pakker ud til private og virksomheder i Holstebro og omegn efter en fast rute.")
                    .inOccupation("8322").withSkills("kørekort B")
                    .demanding("DRIVING", "HEAVY_LIFTING", "TIME_PRESSURE")
                    .weeklyHours(8, 15).weekdays("08:00", "13:00").inTeamOf(1).eligibleForPaidHours()),

        company("vestjysk-forsyning", "Vestjysk Forsyning – Kundecenter", Town.HOLSTEBRO, 2.2, 1.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("vestjysk-forsyning.telefon").titled("Telefonbetjening af kunder")
                    .described("Svare på spørgsmål om regninger og flytninger i telefonen og registrere dem.")
                    .inOccupation("4222").demanding("COMPUTER_USE", "CUSTOMER_CONTACT", "SPOKEN_DANISH",
                        "PROLONGED_SITTING", "TIME_PRESSURE")
                    .weeklyHours(8, 15).weekdays("08:00", "14:00").inTeamOf(10),
                aTask("vestjysk-forsyning.postscanning").titled("Scanning af post og breve")
                    .described("Åbne posten, scanne breve og fakturaer og lægge dem i det rigtige system.")
                    .inOccupation("4415").withSkills("scanning", "computer")
                    .demanding("COMPUTER_USE", "REPETITIVE_MOVEMENTS").offering("QUIET_WORKSPACE")
                    .weeklyHours(4, 10).weekdays("09:00", "12:00").inTeamOf(2)));
  }

  // ---------------------------------------------------------------- Holstebro: crafts and building

  private static List<CompanyBuilder> crafts() {
    return List.of(
        company("vestjysk-toemrer", "Vestjysk Tømrer og Snedker ApS", Town.HOLSTEBRO, -2.0, 1.5)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(3, 2).offering("FIXED_CONTACT_PERSON")
            .with(
                aTask("vestjysk-toemrer.gips").titled("Tømrermedhjælper – opsætning af gips og lister")
                    .described("Gå til hånde for svendene ved renovering: bære materialer, skrue gipsplader op,"
                        + " sætte lister og rydde op.")
                    .inOccupation("7115").withSkills("håndværktøj", "skruemaskine")
                    .demanding("HEAVY_LIFTING", "NOISE")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(4).eligibleForPaidHours(),
                aTask("vestjysk-toemrer.vaerksted").titled("Værkstedsarbejde – slibning og montering af døre")
                    .described("Slibe, lakere og hænge døre og låger op på værkstedet.")
                    .inOccupation("7522").demanding("NOISE", "PROLONGED_STANDING")
                    .weeklyHours(6, 12).on("08:00", "12:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY).inTeamOf(3)),

        company("holstebro-byg", "Holstebro Byg & Anlæg", Town.HOLSTEBRO, 3.0, -2.0)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("holstebro-byg.byggeplads").titled("Oprydning og håndlangerarbejde på byggepladsen")
                    .described("Holde byggepladsen ryddelig, køre affald væk og bære materialer frem til"
                        + " håndværkerne.")
                    .inOccupation("9313").demanding("HEAVY_LIFTING", "OUTDOOR", "NOISE")
                    .weeklyHours(10, 15).weekdays("07:00", "12:00").inTeamOf(8),
                aTask("holstebro-byg.belaegning").titled("Belægning og anlægsarbejde")
                    .described("Lægge fliser og kantsten og grave ud til indkørsler.")
                    .inOccupation("9313").demanding("HEAVY_LIFTING", "OUTDOOR", "REPETITIVE_MOVEMENTS")
                    .weeklyHours(10, 15).weekdays("07:00", "12:00").inTeamOf(4)),

        company("holstebro-el", "Holstebro El-Service", Town.HOLSTEBRO, 1.5, 2.5)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("holstebro-el.kabler").titled("Hjælper for elektrikeren – kabler og lamper")
                    .described("Trække kabler, sætte stikkontakter og lamper op i nybyggeri sammen med en svend.")
                    .inOccupation("7411").withSkills("håndværktøj")
                    .demanding("WALKING", "NOISE")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(2).eligibleForPaidHours(),
                aTask("holstebro-el.materialer").titled("Lager og materialeudlevering til montørerne")
                    .described("Pakke materialer til dagens opgaver, holde styr på lageret og registrere forbruget"
                        + " på en tablet.")
                    .inOccupation("4321").demanding("COMPUTER_USE", "WALKING")
                    .weeklyHours(5, 10).weekdays("07:00", "10:00").inTeamOf(2)),

        company("malerfirmaet-storaa", "Malerfirmaet Storå", Town.HOLSTEBRO, -1.5, -1.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("FIXED_CONTACT_PERSON", "GRADUAL_START")
            .with(
                aTask("malerfirmaet-storaa.afdaekning").titled("Afdækning, spartling og slibning")
                    .described("Dække gulve og møbler af, spartle og slibe vægge før maling og gøre pensler og"
                        + " ruller rene.")
                    .inOccupation("7131").withSkills("spartling", "malerarbejde")
                    .demanding("PROLONGED_STANDING", "REPETITIVE_MOVEMENTS")
                    .weeklyHours(6, 15).weekdays("07:30", "12:00").inTeamOf(3).eligibleForPaidHours(),
                aTask("malerfirmaet-storaa.stillads").titled("Stillads og facademaling")
                    .described("Stille stillads op og male facader og vinduer udvendigt.")
                    .inOccupation("7131").demanding("HEAVY_LIFTING", "OUTDOOR")
                    .weeklyHours(10, 15).weekdays("07:00", "12:00").inTeamOf(3)),

        company("it-genbrug", "IT-Genbrug Vest", Town.HOLSTEBRO, -2.8, -2.5)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .offering("OWN_PACE", "STRUCTURED_TASKS", "QUIET_WORKSPACE", "LANGUAGE_SUPPORT", "GRADUAL_START")
            .with(
                aTask("it-genbrug.computere").titled("Klargøring af brugte computere")
                    .described("Slette data, installere Windows og teste brugte bærbare, så de kan sælges igen.")
                    .inOccupation("3512").withSkills("computer", "windows")
                    .demanding("COMPUTER_USE", "PROLONGED_SITTING")
                    .weeklyHours(4, 12).weekdays("09:00", "14:00").inTeamOf(4).freeCapacity(2),
                aTask("it-genbrug.adskillelse").titled("Adskillelse af elektronik til genbrug")
                    .described("Skrue gamle computere og printere ad og sortere metal, plast og printplader.")
                    .inOccupation("9329").withSkills("skruetrækker")
                    .demanding("REPETITIVE_MOVEMENTS")
                    .weeklyHours(4, 12).weekdays("09:00", "14:00").inTeamOf(4).freeCapacity(2)));
  }

  // ---------------------------------------------------------------- Holstebro: parks, gardens, churchyard

  private static List<CompanyBuilder> green() {
    return List.of(
        company("park-og-vej", "Holstebro Kommune, Park og Vej", Town.HOLSTEBRO, 1.0, -3.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(4, 1)
            .offering("GRADUAL_START", "FIXED_CONTACT_PERSON", "BREAKS_ON_DEMAND")
            .with(
                aTask("park-og-vej.groenne").titled("Pleje af grønne områder")
                    .described("Luge bede, slå græs og samle affald i byens parker på et hold med kolleger.")
                    .inOccupation("9214").withSkills("græsslåning", "havearbejde")
                    .demanding("OUTDOOR", "WALKING")
                    .weeklyHours(6, 15).on("07:00", "12:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY).inTeamOf(6)
                    .freeCapacity(2).eligibleForPaidHours(),
                aTask("park-og-vej.fejning").titled("Fejning og renholdelse af gågaden")
                    .described("Feje gågaden og tømme affaldsspande, før butikkerne åbner.")
                    .inOccupation("9613").demanding("OUTDOOR", "WALKING", "EARLY_OR_LATE_HOURS")
                    .weeklyHours(6, 15).weekdays("05:00", "08:00").inTeamOf(2),
                aTask("park-og-vej.legepladser").titled("Vedligeholdelse af bænke og legepladser")
                    .described("Male bænke, skifte brædder og rive sand på legepladserne.")
                    .inOccupation("9622").demanding("OUTDOOR", "HEAVY_LIFTING")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(2)),

        company("kirkegaarden", "Holstebro Kirkegård", Town.HOLSTEBRO, -0.6, 1.8)
            .openToOrdinaryHours(OrdinaryHoursStance.NO).offering("QUIET_WORKSPACE", "OWN_PACE")
            .with(
                aTask("kirkegaarden.gravsteder").titled("Pleje af gravsteder og plantning af blomster")
                    .described("Rive grusgange, luge og plante blomster på gravstederne efter årstiden.")
                    .inOccupation("9214").demanding("OUTDOOR", "WALKING")
                    .weeklyHours(4, 12).weekdays("08:00", "12:00").inTeamOf(4)));
  }

  // ---------------------------------------------------------------- Holstebro: animals

  private static List<CompanyBuilder> animals() {
    return List.of(
        company("zoo-og-dyr", "Zoo & Dyr Holstebro", Town.HOLSTEBRO, 0.8, 1.2)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("zoo-og-dyr.dyrepasning").titled("Pasning af dyr og rengøring af bure og akvarier")
                    .described("Fodre fugle, gnavere og fisk, rense bure og akvarier og hjælpe kunderne med foder.")
                    .inOccupation("5164").withSkills("dyrepasning")
                    .demanding("PROLONGED_STANDING", "CUSTOMER_CONTACT")
                    .weeklyHours(5, 12).weekdays("10:00", "14:00").inTeamOf(2),
                aTask("zoo-og-dyr.butik").titled("Ekspedition i dyrehandlen om lørdagen")
                    .described("Ekspedere kunder og fylde foder op.")
                    .inOccupation("5223").demanding("CUSTOMER_CONTACT", "EARLY_OR_LATE_HOURS")
                    .weeklyHours(5, 5).on(SATURDAY, "09:00", "14:00").inTeamOf(2)),

        company("dyreklinikken-vest", "Dyreklinikken Vest", Town.HOLSTEBRO, -1.2, 2.2)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("dyreklinikken-vest.klinikhjaelp").titled("Hjælp i dyreklinikken")
                    .described("Gøre behandlingsrum og bure rene, gå tur med indlagte hunde og fodre dyrene.")
                    .inOccupation("5164").withSkills("dyrepasning", "rengøring")
                    .demanding("CLEANING_CHEMICALS", "WALKING")
                    .weeklyHours(6, 12).weekdays("08:00", "12:00").inTeamOf(4)));
  }

  // ---------------------------------------------------------------- Holstebro: offices, housing, library, school

  private static List<CompanyBuilder> offices() {
    return List.of(
        company("vestbo", "Boligforeningen Vestbo", Town.HOLSTEBRO, 0.6, -0.4)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(4, 2)
            .with(
                aTask("vestbo.arkiv").titled("Kontorhjælp – scanning og arkiv")
                    .described("Scanne gamle lejesager, arkivere og taste oplysninger ind i systemet.")
                    .inOccupation("4110").withSkills("computer", "scanning")
                    .demanding("COMPUTER_USE", "PROLONGED_SITTING", "WRITTEN_DANISH")
                    .offering("QUIET_WORKSPACE", "STRUCTURED_TASKS")
                    .weeklyHours(4, 12).weekdays("09:00", "13:00").inTeamOf(5),
                aTask("vestbo.vicevaert").titled("Viceværtmedhjælper")
                    .described("Holde udearealerne, skifte pærer og tømme affaldsrum sammen med viceværten.")
                    .inOccupation("5153").demanding("OUTDOOR", "WALKING", "HEAVY_LIFTING")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(2),
                aTask("vestbo.fraflytning").titled("Maling af lejligheder ved fraflytning")
                    .described("Male vægge, lofter og træværk i tomme lejligheder, før nye lejere flytter ind.")
                    .inOccupation("7131").withSkills("malerarbejde")
                    .demanding("PROLONGED_STANDING")
                    .weeklyHours(8, 15).weekdays("07:30", "12:30").inTeamOf(2).eligibleForPaidHours()),

        company("bibliotek", "Holstebro Bibliotek", Town.HOLSTEBRO, 0.0, 0.8)
            .openToOrdinaryHours(OrdinaryHoursStance.NO).offering("QUIET_WORKSPACE", "STRUCTURED_TASKS")
            .with(
                aTask("bibliotek.opstilling").titled("Opstilling af bøger og klargøring af materialer")
                    .described("Sætte afleverede bøger på plads på hylderne, plaste nye bøger ind og registrere dem"
                        + " på computeren.")
                    .inOccupation("4411").demanding("WALKING", "COMPUTER_USE")
                    .weeklyHours(4, 10).weekdays("09:00", "13:00").inTeamOf(6)),

        company("holstebro-skole", "Nørrelandsskolen", Town.HOLSTEBRO, 1.6, 1.4)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("holstebro-skole.sfo").titled("Hjælp i SFO'en – leg og lektiecafé")
                    .described("Lege med børnene i SFO'en, hjælpe ved lektiecaféen og tage med på legepladsen.")
                    .inOccupation("5312").demanding("MANY_PEOPLE", "NOISE", "SPOKEN_DANISH")
                    .weeklyHours(6, 15).weekdays("12:00", "16:00").inTeamOf(5),
                aTask("holstebro-skole.pedel").titled("Pedelmedhjælper")
                    .described("Hjælpe pedellen med at flytte borde, skifte pærer og holde skolegården.")
                    .inOccupation("5153").demanding("WALKING", "HEAVY_LIFTING")
                    .weeklyHours(6, 12).weekdays("07:30", "11:30").inTeamOf(2)));
  }

  // ---------------------------------------------------------------- Holstebro: leisure, social economy, more trades

  private static List<CompanyBuilder> leisure() {
    return List.of(
        company("svoemmehallen", "Holstebro Svømmehal", Town.HOLSTEBRO, -1.0, -1.6)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("svoemmehallen.omklaedning").titled("Rengøring af omklædningsrum før åbning")
                    .described("Spule og gøre omklædningsrum og bruserum rene, før morgensvømmerne kommer.")
                    .inOccupation("9112").demanding("CLEANING_CHEMICALS", "EARLY_OR_LATE_HOURS", "WALKING")
                    .weeklyHours(6, 12).weekdays("05:30", "08:00").inTeamOf(2),
                aTask("svoemmehallen.billetsalg").titled("Billetsalg og cafeteria om aftenen")
                    .described("Sælge billetter og is, og holde cafeteriet pænt.")
                    .inOccupation("5230").demanding("CUSTOMER_CONTACT", "EARLY_OR_LATE_HOURS", "MANY_PEOPLE", "NOISE")
                    .weeklyHours(6, 12).on("16:00", "20:00", MONDAY, WEDNESDAY, THURSDAY).inTeamOf(2)),

        company("holstebro-cykler", "Holstebro Cykler", Town.HOLSTEBRO, 0.7, 0.3)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("holstebro-cykler.vaerksted").titled("Cykelværksted – lapning og klargøring")
                    .described("Lappe slanger, skifte kæder og bremser og gøre nye cykler klar til salg.")
                    .inOccupation("7234").withSkills("cykelreparation", "håndværktøj")
                    .demanding("PROLONGED_STANDING")
                    .weeklyHours(6, 15).weekdays("09:00", "14:00").inTeamOf(2).eligibleForPaidHours()),

        company("vagt-vest", "Vagt Vest", Town.HOLSTEBRO, 2.6, 0.2)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("vagt-vest.rundering").titled("Rundering på industriområder")
                    .described("Gå runder, tjekke låse og porte og melde fejl ind om natten.")
                    .inOccupation("5414").demanding("EARLY_OR_LATE_HOURS", "WALKING", "OUTDOOR", "DRIVING")
                    .weeklyHours(10, 15).on("22:00", "23:59", FRIDAY, SATURDAY).on("00:00", "04:00", SATURDAY, SUNDAY)
                    .inTeamOf(1)),

        company("vestjysk-moebler", "Vestjysk Møbelfabrik", Town.HOLSTEBRO, -3.2, -1.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(4, 1).offering("LIFTING_AIDS")
            .with(
                aTask("vestjysk-moebler.slibning").titled("Slibning og overfladebehandling af møbler")
                    .described("Slibe borde og stole i hånden og med maskine og lakere dem i lakboksen.")
                    .inOccupation("7522").demanding("NOISE", "PROLONGED_STANDING", "REPETITIVE_MOVEMENTS")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(6),
                aTask("vestjysk-moebler.pakning").titled("Pakning af færdige møbler")
                    .described("Pakke møbler i pap og folie og stable dem på paller.")
                    .inOccupation("9321").demanding("HEAVY_LIFTING", "REPETITIVE_MOVEMENTS")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(4)),

        // A soup kitchen run by a church charity: social, patient, no wages.
        company("varmestuen", "Varmestuen Holstebro", Town.HOLSTEBRO, 0.3, -0.8)
            .openToOrdinaryHours(OrdinaryHoursStance.NO)
            .offering("OWN_PACE", "BREAKS_ON_DEMAND", "LANGUAGE_SUPPORT", "GRADUAL_START")
            .with(
                aTask("varmestuen.koekken").titled("Madlavning i varmestuens køkken")
                    .described("Lave dagens varme ret sammen med en frivillig kok, dække op og tage opvasken.")
                    .inOccupation("9412").withSkills("madlavning")
                    .demanding("PROLONGED_STANDING")
                    .weeklyHours(4, 12).weekdays("09:00", "13:00").inTeamOf(4).freeCapacity(2),
                aTask("varmestuen.cafe").titled("Café og samvær med gæsterne")
                    .described("Lave kaffe, snakke med gæsterne og holde caféen ryddelig.")
                    .inOccupation("5131").demanding("CUSTOMER_CONTACT", "MANY_PEOPLE")
                    .weeklyHours(4, 12).weekdays("10:00", "14:00").inTeamOf(4)),

        company("golfklubben", "Holstebro Golfklub", Town.HOLSTEBRO, 4.5, 2.5)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("golfklubben.bane").titled("Banepleje – greens og bunkers")
                    .described("Rive bunkers, flytte huller og slå græs sammen med greenkeeperen.")
                    .inOccupation("9214").withSkills("græsslåning")
                    .demanding("OUTDOOR", "WALKING", "EARLY_OR_LATE_HOURS")
                    .weeklyHours(8, 15).weekdays("06:00", "10:00").inTeamOf(3),
                aTask("golfklubben.cafe").titled("Klubhuscaféen i weekenden")
                    .described("Servere kaffe og sandwich for medlemmerne.")
                    .inOccupation("5131").demanding("CUSTOMER_CONTACT", "EARLY_OR_LATE_HOURS")
                    .weeklyHours(6, 10).on("10:00", "15:00", SATURDAY, SUNDAY).inTeamOf(2)),

        company("biografen", "Holstebro Bio", Town.HOLSTEBRO, 0.1, -0.1)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("biografen.kiosk").titled("Kiosk og billetkontrol")
                    .described("Sælge popcorn og slik og rive billetter af om aftenen.")
                    .inOccupation("5230").demanding("CUSTOMER_CONTACT", "EARLY_OR_LATE_HOURS", "MANY_PEOPLE")
                    .weeklyHours(6, 12).on("17:00", "21:00", THURSDAY, FRIDAY, SATURDAY).inTeamOf(3),
                aTask("biografen.rengoering").titled("Rengøring af sale om formiddagen")
                    .described("Støvsuge sale og foyer og tømme skraldespande efter aftenens forestillinger.")
                    .inOccupation("9112").demanding("CLEANING_CHEMICALS", "WALKING")
                    .weeklyHours(5, 10).on("09:00", "12:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
                    .inTeamOf(1)),

        company("apoteket", "Holstebro Apotek", Town.HOLSTEBRO, 0.2, 0.0)
            .openToOrdinaryHours(OrdinaryHoursStance.NO)
            .with(
                aTask("apoteket.varemodtagelse").titled("Varemodtagelse og opfyldning på apoteket")
                    .described("Pakke leverancer ud, tjekke dem mod følgesedlen og sætte varer på plads i skuffer og"
                        + " på hylder.")
                    .inOccupation("9334").demanding("WRITTEN_DANISH", "REPETITIVE_MOVEMENTS")
                    .weeklyHours(5, 10).weekdays("08:00", "11:00").inTeamOf(4)));
  }

  // ---------------------------------------------------------------- Struer, about 15 km north

  private static List<CompanyBuilder> struer() {
    return List.of(
        company("struer-lager", "Struer Lager & Logistik ApS", Town.STRUER, 1.5, -1.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(6, 3)
            .offering("LIFTING_AIDS", "FIXED_CONTACT_PERSON")
            .with(
                aTask("struer-lager.lagerarbejde").titled("Lagerarbejde – varemodtagelse og plukning")
                    .described("Tage imod varer, sætte dem på plads og plukke ordrer til kunderne.")
                    .inOccupation("9333").withSkills("ordreplukning")
                    .demanding("WALKING", "HEAVY_LIFTING", "TIME_PRESSURE")
                    .weeklyHours(6, 15).weekdays("07:00", "12:00").inTeamOf(10).freeCapacity(2).eligibleForPaidHours(),
                aTask("struer-lager.truck").titled("Truckkørsel og opfyldning af reoler")
                    .described("Køre paller ind på reolerne med gaffeltruck og holde orden i gangene.")
                    .inOccupation("8344").withSkills("truckcertifikat", "gaffeltruck")
                    .demanding("NOISE", "PROLONGED_SITTING")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(4)),

        company("struer-dagligvarer", "Struer Dagligvarer", Town.STRUER, 0.0, 0.3)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("struer-dagligvarer.opfyldning").titled("Varepåfyldning og datokontrol")
                    .described("Fylde op i kolonial og køl, tjekke datoer og sætte tilbudsskilte op.")
                    .inOccupation("9334").demanding("PROLONGED_STANDING", "REPETITIVE_MOVEMENTS")
                    .weeklyHours(5, 15).weekdays("08:00", "12:00").inTeamOf(5),
                aTask("struer-dagligvarer.kasse").titled("Kasse og kundeservice")
                    .described("Betjene kassen og hjælpe kunderne; i stille perioder hente varer på lager.")
                    .inOccupation("5230").demanding("CUSTOMER_CONTACT", "MANY_PEOPLE", "TIME_PRESSURE")
                    .weeklyHours(8, 15).weekdays("12:00", "17:00").inTeamOf(5)),

        company("cafe-havnen", "Café Havnen Struer", Town.STRUER, 0.3, 0.5)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("cafe-havnen.aftenservering").titled("Servering og opvask om aftenen")
                    .described("Servere for gæsterne og tage opvasken torsdag til lørdag aften.")
                    .inOccupation("5131").demanding("CUSTOMER_CONTACT", "EARLY_OR_LATE_HOURS", "MANY_PEOPLE")
                    .weeklyHours(8, 12).on("17:00", "21:00", THURSDAY, FRIDAY, SATURDAY).inTeamOf(4)),

        // No lifting aids: personal care here means lifting by hand.
        company("fjordglimt", "Plejehjemmet Fjordglimt", Town.STRUER, -1.0, 0.5)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("GRADUAL_START")
            .with(
                aTask("fjordglimt.pleje").titled("Hjælp til personlig pleje")
                    .described("Hjælpe beboerne med bad, påklædning og at komme op og i seng.")
                    .inOccupation("5322").withSkills("personlig pleje")
                    .demanding("HEAVY_LIFTING", "SPOKEN_DANISH")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(6),
                aTask("fjordglimt.beboercafe").titled("Beboercaféen – kaffe og samvær")
                    .described("Lave kaffe, dække bord og snakke med beboerne i caféen om eftermiddagen.")
                    .inOccupation("5329").demanding("SPOKEN_DANISH")
                    .weeklyHours(4, 10).weekdays("13:30", "16:00").inTeamOf(3)),

        company("struer-lydteknik", "Struer Lydteknik A/S", Town.STRUER, 1.0, 1.8)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).paidHoursRecord(5, 3).offering("SEATED_OPTION")
            .with(
                aTask("struer-lydteknik.montage").titled("Montage af højttalere")
                    .described("Samle højttalere ved et arbejdsbord efter tegning og teste dem.")
                    .inOccupation("8212").demanding("REPETITIVE_MOVEMENTS")
                    .weeklyHours(8, 15).weekdays("07:00", "13:00").inTeamOf(12).freeCapacity(2)),

        // Paused: the carpenters are busy with a large job until April.
        company("struer-toemrer", "Struer Tømrerforretning", Town.STRUER, -1.5, -0.5)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).pausedUntil(LocalDate.of(2025, 4, 1))
            .with(
                aTask("struer-toemrer.sommerhuse").titled("Tømrerarbejde – renovering af sommerhuse")
                    .described("Hjælpe svendene med at skifte vinduer, døre og træbeklædning.")
                    .inOccupation("7115").demanding("HEAVY_LIFTING", "OUTDOOR")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(3)),

        company("fjordhaar", "Frisør Fjordhår", Town.STRUER, 0.2, -0.2)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("fjordhaar.assistent").titled("Salonassistent – hårvask og rengøring")
                    .described("Vaske hår, feje og holde salonen ren, tage imod kunderne.")
                    .inOccupation("5141").demanding("CUSTOMER_CONTACT", "PROLONGED_STANDING", "CLEANING_CHEMICALS")
                    .weeklyHours(6, 10).on(THURSDAY, "13:00", "18:00").on(SATURDAY, "09:00", "13:00").inTeamOf(2)),

        company("genbrugspladsen-struer", "Genbrugspladsen Struer", Town.STRUER, 2.5, 0.0)
            .openToOrdinaryHours(OrdinaryHoursStance.NO)
            .with(
                aTask("genbrugspladsen-struer.vejledning").titled("Vejledning og sortering på genbrugspladsen")
                    .described("Hjælpe borgerne med at sortere affaldet rigtigt og holde containerpladsen ren.")
                    .inOccupation("9612").demanding("OUTDOOR", "CUSTOMER_CONTACT", "HEAVY_LIFTING")
                    .weeklyHours(6, 15).weekdays("10:00", "15:00").inTeamOf(3)),

        company("fjord-rengoering", "Fjord Rengøring", Town.STRUER, -0.5, -1.2)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("fjord-rengoering.kontor").titled("Kontorrengøring i dagtimerne")
                    .described("Gøre kontorer og mødelokaler rent, mens der er folk på arbejde.")
                    .inOccupation("9112").withSkills("rengøring")
                    .demanding("CLEANING_CHEMICALS", "WALKING")
                    .weeklyHours(5, 12).weekdays("10:00", "14:00").inTeamOf(2),
                aTask("fjord-rengoering.butikker").titled("Rengøring af butikker før åbning")
                    .described("Vaske gulve og pudse glasdiske i butikkerne på gågaden, før de åbner.")
                    .inOccupation("9112").demanding("CLEANING_CHEMICALS", "WALKING")
                    .weeklyHours(5, 10).weekdays("07:00", "09:00").inTeamOf(2)),

        // Takes new placements again from the 24th: the last one is still being settled in.
        company("fjordbutikken", "Fjordbutikken – brugskunst og gaver", Town.STRUER, 0.1, 0.2)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).nextAvailableOn(LocalDate.of(2025, 3, 24))
            .with(
                aTask("fjordbutikken.butiksarbejde").titled("Butiksarbejde og gaveindpakning")
                    .described("Ekspedere kunder, pakke gaver ind og pynte vinduerne.")
                    .inOccupation("5223").demanding("CUSTOMER_CONTACT", "PROLONGED_STANDING")
                    .weeklyHours(6, 12).weekdays("10:00", "14:00").inTeamOf(3).eligibleForPaidHours()),

        company("materielgaarden-struer", "Struer Kommune, Materielgården", Town.STRUER, 2.0, -2.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("GRADUAL_START", "FIXED_CONTACT_PERSON")
            .with(
                aTask("materielgaarden-struer.strand").titled("Renholdelse af strand og havneområde")
                    .described("Samle affald, tømme skraldespande og rive tang på stranden og ved havnen.")
                    .inOccupation("9613").demanding("OUTDOOR", "WALKING")
                    .weeklyHours(6, 15).weekdays("08:00", "12:00").inTeamOf(4),
                aTask("materielgaarden-struer.vaerksted").titled("Værkstedshjælp – vedligehold af maskiner")
                    .described("Smøre og rengøre plæneklippere og redskaber og hjælpe mekanikeren.")
                    .inOccupation("9622").demanding("NOISE", "HEAVY_LIFTING")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(3)),

        company("struer-bageri", "Struer Bageri", Town.STRUER, 0.4, 0.0)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN).offering("FLEXIBLE_SCHEDULE")
            .with(
                aTask("struer-bageri.morgenbroed").titled("Bagning af morgenbrød")
                    .described("Forme og bage rundstykker og brød til butikkens åbning.")
                    .inOccupation("7512").withSkills("bagning")
                    .demanding("EARLY_OR_LATE_HOURS", "PROLONGED_STANDING", "TIME_PRESSURE")
                    .weeklyHours(8, 15).on("03:30", "07:30", MONDAY, TUESDAY, WEDNESDAY, FRIDAY, SATURDAY).inTeamOf(3),
                aTask("struer-bageri.kager").titled("Kagebord og pynt i bageriet")
                    .described("Pynte lagkager og småkager og fylde kagedisken op.")
                    .inOccupation("7512").withSkills("bagning", "kagepynt")
                    .demanding("PROLONGED_STANDING")
                    .weeklyHours(6, 12).weekdays("09:00", "13:00").inTeamOf(3)),

        company("struer-hundepension", "Struer Hundepension", Town.STRUER, 3.0, 2.0)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("struer-hundepension.lufte").titled("Lufte og fodre hunde")
                    .described("Gå tur med hundene, fodre dem og gøre hundegårdene rene, også i weekenden.")
                    .inOccupation("5164").demanding("OUTDOOR", "WALKING")
                    .weeklyHours(6, 15).on("07:00", "10:00", MONDAY, WEDNESDAY, FRIDAY, SATURDAY, SUNDAY).inTeamOf(2)));
  }

  // ---------------------------------------------------------------- Vinderup, about 17 km north-east

  private static List<CompanyBuilder> vinderup() {
    return List.of(
        company("brugsen-vinderup", "Brugsen Vinderup", Town.VINDERUP, 0.2, 0.1)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("FIXED_CONTACT_PERSON")
            .with(
                aTask("brugsen-vinderup.opfyldning").titled("Opfyldning og datokontrol")
                    .described("Fylde varer op, rydde paller væk og holde orden i butikken.")
                    .inOccupation("9334").demanding("PROLONGED_STANDING", "REPETITIVE_MOVEMENTS")
                    .weeklyHours(5, 15).weekdays("08:00", "12:00").inTeamOf(4).eligibleForPaidHours(),
                aTask("brugsen-vinderup.butik").titled("Butiksarbejde – kasse og kundeservice")
                    .described("Ekspedere ved kassen og hjælpe kunderne med at finde varer.")
                    .inOccupation("5223").demanding("CUSTOMER_CONTACT", "PROLONGED_STANDING")
                    .weeklyHours(6, 15).weekdays("09:00", "14:00").inTeamOf(4)),

        company("vinderup-toemrer", "Vinderup Tømrer & Byg", Town.VINDERUP, -0.5, 0.8)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("LIFTING_AIDS", "FIXED_CONTACT_PERSON")
            .with(
                aTask("vinderup-toemrer.byggeplads").titled("Hjælp på byggepladsen – oprydning og materialer")
                    .described("Rydde op, bære materialer og gå tømrerne til hånde på byggepladsen.")
                    .inOccupation("9313").demanding("HEAVY_LIFTING", "OUTDOOR", "NOISE")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(5),
                aTask("vinderup-toemrer.tilskaering").titled("Værkstedshjælp – tilskæring af lister og brædder")
                    .described("Skære lister og brædder til på værkstedet efter mål fra svendene.")
                    .inOccupation("7115").withSkills("håndværktøj")
                    .demanding("PROLONGED_STANDING", "NOISE")
                    .weeklyHours(6, 12).weekdays("08:00", "12:00").inTeamOf(3).eligibleForPaidHours()),

        company("skovgaarden", "Skovgården, Vinderup", Town.VINDERUP, 2.5, -3.0)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("skovgaarden.kalve").titled("Fodring af kalve og strøelse i stalden")
                    .described("Give kalvene mælk og foder, strø halm og holde stalden ren.")
                    .inOccupation("6121").withSkills("dyrepasning")
                    .demanding("HEAVY_LIFTING", "WALKING")
                    .weeklyHours(6, 15).weekdays("07:00", "10:00").inTeamOf(3),
                aTask("skovgaarden.mark").titled("Markarbejde – sten og ukrudt")
                    .described("Samle sten på markerne og luge i grøntsagsmarken.")
                    .inOccupation("9211").demanding("OUTDOOR", "HEAVY_LIFTING", "REPETITIVE_MOVEMENTS")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(3)),

        company("vinderup-gartneri", "Vinderup Gartneri", Town.VINDERUP, 1.5, 1.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("OWN_PACE")
            .with(
                aTask("vinderup-gartneri.potning").titled("Potning og pasning af planter i drivhuset")
                    .described("Sætte stiklinger i potter, vande og flytte planteborde i drivhuset.")
                    .inOccupation("6113").demanding("PROLONGED_STANDING", "REPETITIVE_MOVEMENTS")
                    .weeklyHours(6, 15).weekdays("07:00", "12:00").inTeamOf(6).freeCapacity(2)),

        company("vinderup-hallen", "Vinderup Hallen", Town.VINDERUP, -0.6, -0.3)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("vinderup-hallen.rengoering").titled("Rengøring af hal og omklædning")
                    .described("Gøre omklædningsrum, toiletter og cafeteria rent efter en fast plan.")
                    .inOccupation("9112").demanding("CLEANING_CHEMICALS", "WALKING")
                    .weeklyHours(6, 15).weekdays("09:00", "13:00").inTeamOf(2),
                aTask("vinderup-hallen.cafeteria").titled("Cafeteria til kampe og stævner")
                    .described("Sælge kaffe, pølser og slik, når der er kampe.")
                    .inOccupation("5246").demanding("CUSTOMER_CONTACT", "EARLY_OR_LATE_HOURS", "MANY_PEOPLE")
                    .weeklyHours(6, 10).on("17:00", "21:00", TUESDAY).on("09:00", "15:00", SATURDAY).inTeamOf(3)),

        company("vinderup-aeldrecenter", "Vinderup Ældrecenter", Town.VINDERUP, 0.8, -0.6)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("LIFTING_AIDS", "GRADUAL_START")
            .with(
                aTask("vinderup-aeldrecenter.aktivitet").titled("Aktivitetsmedhjælper – gåture og hygge")
                    .described("Gå ture med beboerne, spille spil og hjælpe ved arrangementer.")
                    .inOccupation("5329").demanding("SPOKEN_DANISH", "WALKING")
                    .weeklyHours(4, 12).weekdays("10:00", "14:00").inTeamOf(4),
                aTask("vinderup-aeldrecenter.koekken").titled("Køkkenmedhjælper i ældrecentrets storkøkken")
                    .described("Skrælle kartofler, anrette og tage opvasken.")
                    .inOccupation("9412").demanding("PROLONGED_STANDING", "CLEANING_CHEMICALS")
                    .weeklyHours(6, 15).weekdays("08:00", "13:00").inTeamOf(4).eligibleForPaidHours()));
  }

  // ---------------------------------------------------------------- Lemvig, about 28 km north-west

  private static List<CompanyBuilder> lemvig() {
    return List.of(
        company("lemvig-fisk", "Lemvig Fiskeeksport", Town.LEMVIG, 1.0, 1.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("lemvig-fisk.pakning").titled("Pakning af fisk")
                    .described("Pakke fisk i kasser med is ved pakkelinjen, før bilerne kører.")
                    .inOccupation("9321").demanding("REPETITIVE_MOVEMENTS", "EARLY_OR_LATE_HOURS", "PROLONGED_STANDING")
                    .weeklyHours(8, 15).weekdays("05:00", "09:00").inTeamOf(8),
                aTask("lemvig-fisk.kuehllager").titled("Lagerarbejde på kølelageret")
                    .described("Flytte kasser og paller på kølelageret og gøre klar til afsendelse.")
                    .inOccupation("9333").demanding("HEAVY_LIFTING", "NOISE", "WALKING")
                    .weeklyHours(8, 15).weekdays("08:00", "12:00").inTeamOf(4)),

        company("lemvig-dagligvarer", "Lemvig Dagligvarer", Town.LEMVIG, 0.0, 0.2)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("GRADUAL_START")
            .with(
                aTask("lemvig-dagligvarer.opfyldning").titled("Vareopfyldning og butiksarbejde")
                    .described("Fylde op, rydde paller væk og hjælpe kunderne med at finde varerne.")
                    .inOccupation("9334").demanding("PROLONGED_STANDING", "CUSTOMER_CONTACT")
                    .weeklyHours(5, 12).weekdays("08:00", "12:00").inTeamOf(4),
                aTask("lemvig-dagligvarer.kasse").titled("Kassebetjening")
                    .described("Betjene kassen og tage imod returflasker.")
                    .inOccupation("5230").demanding("CUSTOMER_CONTACT", "MANY_PEOPLE", "TIME_PRESSURE")
                    .weeklyHours(8, 15).weekdays("12:00", "17:00").inTeamOf(4)),

        company("lemvig-frisoererne", "Lemvig Frisørerne", Town.LEMVIG, 0.2, -0.3)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("lemvig-frisoererne.salon").titled("Hårvask, fejning og kundebetjening i salonen")
                    .described("Vaske hår, feje, lave kaffe til kunderne og holde salonen ren.")
                    .inOccupation("5141").demanding("CUSTOMER_CONTACT", "PROLONGED_STANDING", "CLEANING_CHEMICALS")
                    .weeklyHours(6, 12).on("09:00", "14:00", TUESDAY, WEDNESDAY, THURSDAY, FRIDAY).inTeamOf(3)),

        company("lemvig-park", "Lemvig Kommune, Vej og Park", Town.LEMVIG, -1.0, 0.8)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("GRADUAL_START", "BREAKS_ON_DEMAND")
            .with(
                aTask("lemvig-park.groenne").titled("Græsslåning og pleje af grønne områder")
                    .described("Slå græs, klippe hække og holde stierne ved søen.")
                    .inOccupation("9214").demanding("OUTDOOR", "WALKING")
                    .weeklyHours(6, 15).weekdays("07:00", "12:00").inTeamOf(5)),

        company("lemvig-gymnasium", "Kantinen på Lemvig Gymnasium", Town.LEMVIG, 0.6, -0.8)
            .openToOrdinaryHours(OrdinaryHoursStance.UNKNOWN)
            .with(
                aTask("lemvig-gymnasium.kantine").titled("Køkkenhjælp – anretning og opvask")
                    .described("Anrette frokosten, sælge i kantinen og tage opvasken.")
                    .inOccupation("9412").demanding("PROLONGED_STANDING", "CUSTOMER_CONTACT", "CLEANING_CHEMICALS")
                    .weeklyHours(6, 15).weekdays("09:00", "13:30").inTeamOf(3)),

        company("lemvig-tandklinik", "Lemvig Tandklinik", Town.LEMVIG, -0.3, 0.1)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("LANGUAGE_SUPPORT")
            .with(
                aTask("lemvig-tandklinik.klinik").titled("Klinikassistent – klargøring og sterilisering")
                    .described("Gøre behandlingsrummet klar, sterilisere instrumenter og assistere ved enkle"
                        + " behandlinger.")
                    .inOccupation("3251").withSkills("sterilisering")
                    .demanding("CLEANING_CHEMICALS", "SPOKEN_DANISH")
                    .weeklyHours(6, 12).weekdays("08:00", "12:00").inTeamOf(4)),

        // In Harboøre, about 11 km north-west of Lemvig.
        company("harboere-fiskemel", "Harboøre Fiskemel A/S", Town.LEMVIG, -8.0, 7.5)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("LIFTING_AIDS")
            .with(
                aTask("harboere-fiskemel.lager").titled("Lagermedarbejder – sække og paller")
                    .described("Køre sække med fiskemel på lager med truck og gøre klar til udskibning.")
                    .inOccupation("9333").withSkills("gaffeltruck")
                    .demanding("HEAVY_LIFTING", "NOISE", "WALKING")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(5)),

        company("lemvig-havn", "Lemvig Havn", Town.LEMVIG, 0.5, 0.6)
            .openToOrdinaryHours(OrdinaryHoursStance.NO)
            .with(
                aTask("lemvig-havn.vedligehold").titled("Vedligehold af havn og bådpladser")
                    .described("Male pullerter, feje kajen og hjælpe havnefogeden med fortøjninger.")
                    .inOccupation("9622").demanding("OUTDOOR", "HEAVY_LIFTING", "WALKING")
                    .weeklyHours(6, 15).weekdays("08:00", "12:00").inTeamOf(2)),

        company("lemvig-genbrug", "Lemvig Genbrugsbutik", Town.LEMVIG, 0.3, 0.4)
            .openToOrdinaryHours(OrdinaryHoursStance.NO).offering("OWN_PACE", "GRADUAL_START", "LANGUAGE_SUPPORT")
            .with(
                aTask("lemvig-genbrug.butik").titled("Butik og sortering i genbrugsbutikken")
                    .described("Sortere indleverede ting, prissætte og ekspedere kunder ved disken.")
                    .inOccupation("5223").demanding("CUSTOMER_CONTACT")
                    .weeklyHours(3, 12).weekdays("10:00", "15:00").inTeamOf(4).freeCapacity(2)),

        company("lemvig-plejecenter", "Plejecentret Lemvig", Town.LEMVIG, -1.2, -0.4)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("LIFTING_AIDS")
            .with(
                aTask("lemvig-plejecenter.pleje").titled("Plejemedhjælper")
                    .described("Hjælpe med personlig pleje og måltider sammen med en fast kollega.")
                    .inOccupation("5322").demanding("HEAVY_LIFTING", "SPOKEN_DANISH")
                    .weeklyHours(8, 15).weekdays("07:00", "12:00").inTeamOf(6)));
  }

  // ---------------------------------------------------------------- Herning, about 33 km south-east

  private static List<CompanyBuilder> herning() {
    return List.of(
        company("herning-logistik", "Herning Logistikcenter", Town.HERNING, 0.0, 1.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES).offering("LIFTING_AIDS")
            .with(
                aTask("herning-logistik.lagerarbejde").titled("Lagerarbejde – pluk og pak")
                    .described("Plukke og pakke webordrer.")
                    .inOccupation("9333").demanding("WALKING", "TIME_PRESSURE")
                    .weeklyHours(6, 15).weekdays("08:00", "12:00").inTeamOf(15)),

        company("herning-frisoer", "Salon Hår i Herning", Town.HERNING, 0.3, 0.0)
            .openToOrdinaryHours(OrdinaryHoursStance.YES)
            .with(
                aTask("herning-frisoer.elev").titled("Frisørhjælper")
                    .described("Vaske hår og holde salonen.")
                    .inOccupation("5141").demanding("CUSTOMER_CONTACT", "CLEANING_CHEMICALS")
                    .weeklyHours(6, 12).weekdays("09:00", "14:00").inTeamOf(4)));
  }
}
