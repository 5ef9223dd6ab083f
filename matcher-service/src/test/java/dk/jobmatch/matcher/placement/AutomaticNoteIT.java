package dk.jobmatch.matcher.placement;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.HoursEntry;
import dk.jobmatch.api.model.HoursEntry.AutomaticNoteEnum;
import dk.jobmatch.api.model.HoursLedger;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The note the start writes on the ledger's first entry is stored as a code and worded when read:
 * Danish by default and for {@code Accept-Language: da}, English for a client that asks for it, and
 * an entry stored with the English text before the code existed reads the same way.
 */
class AutomaticNoteIT extends PlacementApiTestSupport {
  private static final String DANISH = "Start ifølge arbejdsaftalen";
  private static final String ENGLISH = "Start per the work agreement";

  @Test
  void theStartsNoteIsDanishByDefaultAndEnglishForAClientThatAsksForIt() {
    UUID placementId = startedPlacement();

    assertThat(firstEntry(placementId, null).getNote()).isEqualTo(DANISH);
    assertThat(firstEntry(placementId, "da").getNote()).isEqualTo(DANISH);
    assertThat(firstEntry(placementId, "en").getNote()).isEqualTo(ENGLISH);
    assertThat(firstEntry(placementId, "en-GB,da;q=0.5").getNote()).isEqualTo(ENGLISH);
    assertThat(firstEntry(placementId, "en").getAutomaticNote()).isEqualTo(AutomaticNoteEnum.START_PER_WORK_AGREEMENT);
  }

  @Test
  void theStartsNoteIsStoredAsItsCodeNotAsText() {
    UUID placementId = startedPlacement();

    Document startHours = mongo.findById(placementId.toString(), Document.class, "placements").block()
        .get("startHours", Document.class);

    assertThat(startHours.getString("automaticNote")).isEqualTo("START_PER_WORK_AGREEMENT");
    assertThat(startHours.get("note")).isNull();
  }

  @Test
  void anEntryStoredWithTheEnglishTextBeforeTheCodeReadsAsTheCodeInEitherLanguage() {
    UUID placementId = startedPlacement();
    mongo.updateFirst(Query.query(Criteria.where("_id").is(placementId.toString())),
        new Update().set("startHours.note", ENGLISH).unset("startHours.automaticNote"), "placements").block();

    HoursEntry danish = firstEntry(placementId, null);

    assertThat(danish.getNote()).isEqualTo(DANISH);
    assertThat(danish.getAutomaticNote()).isEqualTo(AutomaticNoteEnum.START_PER_WORK_AGREEMENT);
    assertThat(firstEntry(placementId, "en").getNote()).isEqualTo(ENGLISH);
  }

  @Test
  void aConsultantsOwnNoteIsShownAsWrittenWhateverTheLanguage() {
    dk.jobmatch.api.model.Placement placement = started();
    recordHours(placement, hours(TODAY, 14, 5).note("15 + 2 blev til 14 + 5 efter opfølgning"));

    HoursEntry own = ledger(placement.getPlacementId(), "en").getEntries().getLast();

    assertThat(own.getNote()).isEqualTo("15 + 2 blev til 14 + 5 efter opfølgning");
    assertThat(own.getAutomaticNote()).isNull();
  }

  private UUID startedPlacement() {
    return started().getPlacementId();
  }

  private dk.jobmatch.api.model.Placement started() {
    Company company = createCompany(aCompany().named("Noten").kmNorthOfCentre(1).with(aTask().titled("Pakning")).build());
    UUID citizen = createCitizen(aCitizen().hours(17, 25).build());
    return active(citizen, company, TODAY.minusDays(14), 15, 2);
  }

  private HoursEntry firstEntry(UUID placementId, String acceptLanguage) {
    return ledger(placementId, acceptLanguage).getEntries().getFirst();
  }

  private HoursLedger ledger(UUID placementId, String acceptLanguage) {
    WebTestClient.RequestHeadersSpec<?> request = consultant().get().uri("/placements/{id}/hours", placementId);
    if (acceptLanguage != null) {
      request = request.header("Accept-Language", acceptLanguage);
    }
    return request.exchange().expectStatus().isOk().expectBody(HoursLedger.class).returnResult().getResponseBody();
  }
}
