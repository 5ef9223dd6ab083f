package dk.jobmatch.crm.feed;

import static dk.jobmatch.crm.support.CrmRecords.aFeedCompany;
import static dk.jobmatch.crm.support.CrmRecords.feedPage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.contract.ContractValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The feed pages the tests play the CRM with (here and in matcher-service's CrmSyncApiIT) are what
 * crm-feed.yaml describes, so the connector is tested against the contract CRMs implement and not
 * against a shape only our tests know.
 */
class FeedContractTest {
  private static final ContractValidator FEED = ContractValidator.crmFeed();

  @Test
  void aPageWithANextCursorIsWhatTheFeedContractDescribes() {
    String page = feedPage(List.of(aFeedCompany(1).build(), aFeedCompany(2).named("Lagerhuset Valby ApS").build(),
        aFeedCompany(3).at("101", 55.68, 12.57).version("v2").updatedAt("2026-11-03T12:00:00Z").build()), "c2");

    assertThat(problems(page)).isEmpty();
  }

  @Test
  void theLastPageWithDeletedAndNamelessCompaniesIsWhatTheFeedContractDescribes() {
    String page = feedPage(List.of(aFeedCompany(1).deleted().build(), aFeedCompany(2).withoutName().build()), null);

    assertThat(problems(page)).isEmpty();
  }

  @Test
  void aCvrNumberOfTheWrongShapeBreaksTheFeedContract() {
    String page = feedPage(List.of(aFeedCompany(1).cvr("1234").build()), null);

    assertThat(problems(page)).singleElement().asString().contains("/items/0/cvr");
  }

  private static List<String> problems(String page) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return FEED.problems(HttpMethod.GET, "/companies", 200, headers, page.getBytes(StandardCharsets.UTF_8));
  }
}
