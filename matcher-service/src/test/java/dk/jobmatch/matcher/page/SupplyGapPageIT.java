package dk.jobmatch.matcher.page;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Demand;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.matcher.support.PageTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Mangler pladser" in the browser: a citizen whose MUST need no software company nearby meets is
 * in a group; opening it shows the citizen and the company with what would open it; the outreach
 * list is on the same page.
 */
class SupplyGapPageIT extends PageTestSupport {

  @Test
  void opensABlockedGroupToItsCitizensAndTheCompanyOneAccommodationWouldOpen() {
    createCompany("101", aCompany().named("Tunge Servere ApS")
        .with(aTask().titled("Test af software og flytning af servere").occupation("2512").demanding(Demand.HEAVY_LIFTING))
        .build());
    createCitizen("101", aCitizen().goal(GoalRank.A, "2512", "Softwaretester").needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST)
        .labelled("mp-1").build());

    signInAs("101");
    open("/#/mangler-pladser");
    heading("Mangler pladser");
    WebElement group = visible(By.cssSelector("details.gap-group[data-occupation='2512'][data-blocker='MUST_NEED']"));
    group.findElement(By.tagName("summary")).click();

    assertThat(visible(By.cssSelector("details.gap-group[data-occupation='2512'] .gap-citizens")).getText()).contains("Borger mp-1");
    WebElement company = group.findElement(By.cssSelector(".blocked-companies tbody tr"));
    assertThat(company.getText()).contains("Tunge Servere ApS").contains("tilbyder løftehjælpemidler");
    visible(By.id("opsoegning-titel"));
    assertAccessible("mangler pladser");
    screenshot("14-mangler-pladser");
  }
}
