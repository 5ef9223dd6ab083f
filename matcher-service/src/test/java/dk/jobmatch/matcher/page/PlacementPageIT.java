package dk.jobmatch.matcher.page;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.matcher.demo.DemoData;
import dk.jobmatch.matcher.support.PageTestSupport;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * From a match row to ordinary hours in the team figures, in the browser: propose a placement, write
 * the work agreement (confirming more hours than the citizen has now), agree, start six weeks ago,
 * register 15 + 2 -> 14 + 5 and correct it to 14 + 4, see the overdue follow-up and record it, and
 * watch the team page's figures move. Transitions not possible yet are disabled with their reason; ending asks for an
 * outcome, none is chosen in advance.
 */
class PlacementPageIT extends PageTestSupport {
  private static final String TOUR_CITIZEN = DemoData.TOUR_CITIZEN_ID;

  @Test
  void proposesAPlacementFromAMatchRowRegistersHoursAndMovesTheTeamFigures() {
    signInAs("101");
    open("/#/team");
    heading("Team og produktionsstyring");
    int withOrdinaryHoursBefore = figure("withOrdinaryHours");
    int overdueBefore = figure("followUpsOverdue");

    open("/#/borgere/" + TOUR_CITIZEN + "/match");
    WebElement row = visible(By.cssSelector("#matchliste > li"));
    String company = row.findElement(By.tagName("h3")).getText().replaceFirst("^\\d+\\.\\s*", "");
    row.findElement(By.cssSelector("button.propose")).click();

    heading("Forløb hos " + company);
    assertThat(visible(By.id("forloeb-status")).getText()).contains("Status: Foreslået");
    assertThat(visible(By.id("forloeb-agree")).isEnabled()).as("agreeing without a work agreement").isFalse();
    assertThat(visible(By.id("hvorfor-agree")).getText()).startsWith("Skriv arbejdsaftalen først");
    assertThat(visible(By.id("forloeb-start")).isEnabled()).as("starting a proposal").isFalse();
    assertThat(visible(By.id("hvorfor-start")).getText()).contains("når virksomheden har sagt ja");

    fill("weeklyInternshipHours", "15");
    fill("plannedOrdinaryHours", "2");
    fill("followUpEveryDays", "14");
    browser.findElement(By.id("gem-aftale")).click();
    // The tour citizen can work 8 hours a week now: 15 + 2 is saved only when the consultant confirms.
    assertThat(visible(By.id("timer-advarsel")).getText()).contains("kan arbejde 8 timer om ugen nu").contains("17 timer");
    assertThat(browser.findElements(By.cssSelector("dl.agreement"))).isEmpty();
    assertThat(browser.findElement(By.id("gem-aftale")).getText()).isEqualTo("Gem alligevel");
    browser.findElement(By.id("gem-aftale")).click();
    waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dl.agreement")));
    assertThat(visible(By.cssSelector("form[data-action=agree] .hint")).getText())
        .contains("giver 17 timer om ugen").contains("kan arbejde 8 timer nu");

    visible(By.id("udskriv-aftale")).click();
    heading("Arbejdsaftale");
    assertThat(visible(By.cssSelector("article.agreement-print")).getText())
        .contains(company).contains("15 praktiktimer og 2 ordinære timer med løn, i alt 17 timer")
        .contains("Borger: dato og underskrift").contains("Virksomhed: dato og underskrift");
    assertThat(browser.findElements(By.cssSelector(".signature-line"))).hasSize(3);
    assertAccessible("arbejdsaftale");
    browser.navigate().back();
    heading("Forløb hos " + company);

    visible(By.id("forloeb-agree")).click();
    waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("forloeb-status"), "Status: Aftalt"));

    assertThat(browser.findElements(By.id("forloeb-agree"))).as("agreeing is history now").isEmpty();
    assertThat(visible(By.id("forloeb-withdraw")).isEnabled()).isFalse();
    WebElement start = visible(By.cssSelector("form[data-action=start] input[name=startDate]"));
    browser.executeScript("arguments[0].value = arguments[1]", start, LocalDate.now().minusWeeks(6).toString());
    browser.findElement(By.id("forloeb-start")).click();
    waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("forloeb-status"), "Status: I gang"));
    assertThat(visible(By.id("timer-nu")).getText()).startsWith("I kraft nu: 15 praktiktimer + 2 ordinære timer");
    assertThat(visible(By.id("overskredet")).getText()).contains("Opfølgning overskredet");

    fill("internshipHours", "14");
    fill("ordinaryHours", "40");
    browser.findElement(By.id("gem-timer")).click();
    assertThat(visible(By.cssSelector("[data-error-for=ordinaryHours]")).getText()).isEqualTo("Må højst være 37.");

    fill("ordinaryHours", "5");
    browser.findElement(By.id("gem-timer")).click();
    waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timer-nu"), "I kraft nu: 14 praktiktimer + 5 ordinære timer"));
    assertThat(browser.findElement(By.cssSelector("figure.chart svg")).getDomAttribute("aria-label"))
        .contains("Praktiktimer 15, Ordinære timer 2").contains("Praktiktimer 14, Ordinære timer 5");
    assertThat(browser.findElements(By.cssSelector("#timelog tbody tr"))).hasSize(2);
    assertAccessible("forløb");
    screenshot("06-forloeb");

    // 5 ordinary hours was a typing error for 4: corrected from the ledger, the wrong entry kept and marked.
    visible(By.xpath("//table[@id='timelog']//button[normalize-space()='Ret nr. 2']")).click();
    assertThat(visible(By.id("timer-form-titel")).getText()).isEqualTo("Ret registrering nr. 2");
    fill("ordinaryHours", "4");
    browser.findElement(By.id("gem-timer")).click();
    waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timer-nu"), "I kraft nu: 14 praktiktimer + 4 ordinære timer"));
    assertThat(browser.findElements(By.cssSelector("#timelog tbody tr"))).hasSize(3);
    assertThat(visible(By.cssSelector("#timelog tbody tr:nth-child(2)")).getText()).contains("rettet");

    open("/#/team");
    heading("Team og produktionsstyring");
    assertThat(figure("withOrdinaryHours")).isEqualTo(withOrdinaryHoursBefore + 1);
    assertThat(figure("followUpsOverdue")).isEqualTo(overdueBefore + 1);
    assertThat(browser.findElement(By.id("overskredne")).findElement(By.xpath("following-sibling::*[1]")).getText()).contains(company);
    assertThat(browser.findElements(By.cssSelector("#ugetal tbody th"))).isNotEmpty()
        .allSatisfy(week -> assertThat(week.getText()).matches("uge \\d{1,2}"));
    assertThat(visible(By.cssSelector("p.lead")).getText()).as("dates as the page writes them everywhere")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    assertAccessible("team");
    screenshot("07-team");

    browser.findElement(By.linkText(company)).click();
    heading("Forløb hos " + company);
    visible(By.id("gem-opfoelgning")).click();
    waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.id("overskredet")));
    assertThat(visible(By.id("naeste-opfoelgning")).getText()).startsWith("Næste opfølgning senest");
    Select outcome = new Select(visible(By.cssSelector("form[data-action=end] select[data-field=outcome]")));
    assertThat(outcome.getFirstSelectedOption().getText()).as("no outcome chosen in advance").isEqualTo("Vælg resultat");
    browser.findElement(By.id("forloeb-end")).click();
    assertThat(visible(By.cssSelector("[data-error-for=outcome]")).getText()).isEqualTo("Vælg hvordan forløbet sluttede.");
    assertThat(visible(By.id("forloeb-status")).getText()).contains("Status: I gang");

    open("/#/team");
    heading("Team og produktionsstyring");
    assertThat(figure("followUpsOverdue")).isEqualTo(overdueBefore);

    open("/#/forloeb?status=ACTIVE");
    heading("Forløb");
    assertThat(visible(By.cssSelector("table.placements")).getText()).contains(company).contains("I gang");
    assertThat(rowOf(company).findElement(By.cssSelector("td.hours-now")).getText()).isEqualTo("14 + 4");

    open("/#/forloeb?mine=1");
    heading("Mine forløb");
    assertThat(visible(By.cssSelector("table.placements")).getText()).contains(company);
    assertAccessible("forløbsliste");
    screenshot("08-forloebsliste");
  }

  private WebElement rowOf(String company) {
    return visible(By.xpath("//table[contains(@class,'placements')]//tr[th/a[normalize-space()='" + company + "']]"));
  }

  private int figure(String name) {
    return Integer.parseInt(visible(By.cssSelector("[data-figure=" + name + "] dd")).getText().replaceAll("[^0-9]", ""));
  }

  private void fill(String field, String value) {
    WebElement input = visible(By.cssSelector("[data-field='" + field + "']"));
    input.clear();
    input.sendKeys(value);
  }
}
