package dk.jobmatch.matcher.page;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.matcher.demo.DemoData;
import dk.jobmatch.matcher.support.PageTestSupport;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * From a match row to ordinary hours in the team figures, in the browser: propose a placement, write
 * the work agreement, agree, start six weeks ago, register 15 + 2 -> 14 + 5, see the overdue
 * follow-up and record it, and watch the team page's figures move.
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

    fill("weeklyInternshipHours", "15");
    fill("plannedOrdinaryHours", "2");
    fill("followUpEveryDays", "14");
    browser.findElement(By.id("gem-aftale")).click();
    waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dl.agreement")));

    visible(By.id("forloeb-agree")).click();
    waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("forloeb-status"), "Status: Aftalt"));

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

    open("/#/team");
    heading("Team og produktionsstyring");
    assertThat(figure("withOrdinaryHours")).isEqualTo(withOrdinaryHoursBefore + 1);
    assertThat(figure("followUpsOverdue")).isEqualTo(overdueBefore + 1);
    assertThat(browser.findElement(By.id("overskredne")).findElement(By.xpath("following-sibling::*[1]")).getText()).contains(company);
    assertAccessible("team");
    screenshot("07-team");

    browser.findElement(By.linkText(company)).click();
    heading("Forløb hos " + company);
    visible(By.id("gem-opfoelgning")).click();
    waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.id("overskredet")));
    assertThat(visible(By.id("naeste-opfoelgning")).getText()).startsWith("Næste opfølgning senest");

    open("/#/team");
    heading("Team og produktionsstyring");
    assertThat(figure("followUpsOverdue")).isEqualTo(overdueBefore);

    open("/#/forloeb?status=ACTIVE");
    heading("Forløb");
    assertThat(visible(By.cssSelector("table.placements")).getText()).contains(company).contains("I gang");
    assertAccessible("forløbsliste");
    screenshot("08-forloebsliste");
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
