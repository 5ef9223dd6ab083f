package dk.jobmatch.matcher.page;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Accommodation;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.Demand;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.Weekday;
import dk.jobmatch.matcher.demo.DemoData;
import dk.jobmatch.matcher.support.PageTestSupport;
import dk.jobmatch.matcher.support.TestCompanies;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Companies in the browser: found by part of the name, the card with its tasks' schedules and the
 * contact persons' phone and e-mail links, a task's hours refused in Danish by their field and then
 * saved, the citizens who fit the task and a placement proposed from there; the card also opens
 * from a match row and from the placement. A company registered with a wrong CVR number first, and
 * a pause and a monthly limit set from its card.
 */
class CompanyPageIT extends PageTestSupport {

  @Test
  void findsACompanyByNameEditsATaskAndProposesACitizenFromItsCandidates() {
    String name = "Rugbrødsbageriet " + UUID.randomUUID().toString().substring(0, 6);
    CompanyInput company = aCompany().named(name)
        .contact("Mette Holm", "mette@rugbroed.example")
        .offering(Accommodation.GRADUAL_START)
        .with(aTask().titled("Bagning af rugbrød").occupation("7512").hours(4, 10)
            .described("Ælte dej og forme rugbrød om morgenen")
            .on(Weekday.TUE, "07:00", "11:00").on(Weekday.THU, "07:00", "11:00")
            .demanding(Demand.PROLONGED_STANDING).offering(Accommodation.FIXED_CONTACT_PERSON))
        .build();
    company.getContactPersons().getFirst().role("Bagermester").phone("+45 33 12 34 56");
    company.address("Sølvgade 10, 1307 København K");
    UUID companyId = createCompany("101", company);
    UUID citizenId = createCitizen("101", aCitizen().goal(GoalRank.A, "7512", "Bager")
        .experiencedIn("7512", "Bager").skills("rugbrød").build());

    signInAs("101");
    visible(By.cssSelector("#nav a[href='#/virksomheder']")).click();
    heading("Virksomheder");
    // Without a search every company is listed, this one among them: the found list replaces that one.
    WebElement everyCompany = visible(By.id("virksomheder"));
    WebElement search = visible(By.cssSelector("[data-field=name]"));
    search.sendKeys(name.substring(0, 14).toUpperCase(), Keys.ENTER);
    waiting.until(ExpectedConditions.stalenessOf(everyCompany));
    WebElement found = visible(By.cssSelector("#virksomheder tbody tr[data-company-id='" + companyId + "']"));
    assertThat(found.getText()).contains(name).contains("Bagning af rugbrød").contains("København");
    assertAccessible("virksomhedssøgning");
    screenshot("11-virksomheder");
    found.findElement(By.cssSelector("a.company-link")).click();

    heading(name);
    WebElement task = visible(By.cssSelector("#delfunktioner li.task-card"));
    assertThat(task.findElement(By.cssSelector(".task-schedule")).getText())
        .isEqualTo("tirsdag 07.00–11.00, torsdag 07.00–11.00");
    assertThat(task.findElement(By.cssSelector(".task-hours")).getText()).isEqualTo("4–10 timer om ugen");
    assertThat(task.getText()).contains("Ælte dej og forme rugbrød om morgenen").contains("(7512)");
    assertThat(task.findElement(By.cssSelector(".task-demands")).getText()).doesNotContain("PROLONGED");
    assertThat(task.findElement(By.cssSelector(".task-offers")).getText()).doesNotContain("FIXED_CONTACT_PERSON");
    assertThat(visible(By.cssSelector("#kontaktpersoner a.tel")).getAttribute("href")).isEqualTo("tel:+4533123456");
    assertThat(visible(By.cssSelector("#kontaktpersoner a.mail")).getAttribute("href")).isEqualTo("mailto:mette@rugbroed.example");
    assertThat(visible(By.id("kontaktpersoner")).getText()).contains("Mette Holm, Bagermester");
    assertThat(visible(By.id("adresse")).getText()).contains("Sølvgade 10");
    assertThat(visible(By.id("tilgaengelighed")).getText()).contains("Ingen pause").contains("Intet loft");
    assertAccessible("virksomhedskort");
    screenshot("12-virksomhedskort");

    task.findElement(By.cssSelector("a.edit-task")).click();
    heading("Ret delfunktionen Bagning af rugbrød");
    fill("partialTasks[0].weeklyHoursMax", "40");
    browser.findElement(By.id("gem-virksomhed")).click();
    WebElement error = visible(By.cssSelector("[data-error-for='partialTasks[0].weeklyHoursMax']"));
    assertThat(error.getText()).isEqualTo("Må højst være 37.");
    String shown = browser.findElement(By.tagName("main")).getText();
    assertThat(shown).contains("Ændringen blev ikke gemt").doesNotContain("must", "weeklyHours", "partialTasks", "null");
    assertAccessible("ret delfunktion med fejl");

    fill("partialTasks[0].weeklyHoursMax", "12");
    browser.findElement(By.id("gem-virksomhed")).click();
    heading(name);
    waiting.until(ExpectedConditions.textToBe(By.cssSelector("#delfunktioner .task-hours"), "4–12 timer om ugen"));
    assertThat(visible(By.cssSelector("#delfunktioner .task-schedule")).getText()).as("the rest of the task as it was")
        .isEqualTo("tirsdag 07.00–11.00, torsdag 07.00–11.00");

    visible(By.cssSelector("#delfunktioner a.candidates-link")).click();
    heading("Borgere til Bagning af rugbrød");
    WebElement candidate = visible(By.cssSelector("#kandidater > li[data-citizen-id='" + citizenId + "']"));
    assertThat(candidate.getText()).contains("jobmål A: samme stilling").contains("Borger " + citizenId.toString().substring(0, 8));
    assertAccessible("kandidater");
    screenshot("13-kandidater");
    candidate.findElement(By.cssSelector("button.propose")).click();

    heading("Forløb hos " + name);
    assertThat(visible(By.id("forloeb-status")).getText()).contains("Status: Foreslået");
    visible(By.cssSelector("#forloeb-status a.company-link")).click();
    heading(name);
  }

  @Test
  void opensTheCompanyCardFromAMatchRow() {
    signInAs("101");
    open("/#/borgere/" + DemoData.TOUR_CITIZEN_ID + "/match");
    WebElement link = visible(By.cssSelector("#matchliste > li a.company-link"));
    String company = link.getText();
    link.click();

    heading(company);
    assertThat(visible(By.id("delfunktioner")).findElements(By.cssSelector("li.task-card"))).isNotEmpty();
    assertThat(visible(By.id("virksomhed-fakta")).getText()).startsWith("CVR-nummer ");
  }

  @Test
  void showsAnotherJobCentresCompanyToReadButNotToChange() {
    String name = "Aarhus Lager " + UUID.randomUUID().toString().substring(0, 6);
    UUID companyId = createCompany("751", aCompany().named(name).in("751").with(aTask().titled("Plukning")).build());
    signInAs("101");

    open("/#/virksomheder/" + companyId);
    heading(name);

    assertThat(visible(By.id("ejer")).getText()).startsWith("Virksomheden hører til Jobcenter Aarhus")
        .contains("ikke rette den");
    assertThat(browser.findElements(By.id("ret-virksomhed"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("a.edit-task"))).isEmpty();
    assertThat(browser.findElements(By.id("gem-tilgaengelighed"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("a.candidates-link"))).isNotEmpty();
    assertAccessible("virksomhedskort for et andet jobcenters virksomhed");
  }

  @Test
  void registersACompanyWithATaskAndSetsAPauseAndALimit() {
    String cvr = TestCompanies.nextCvr();
    char check = cvr.charAt(7);
    String wrongCvr = cvr.substring(0, 7) + (char) ('0' + (check - '0' + 1) % 10);
    String name = "Nyt Bageri " + UUID.randomUUID().toString().substring(0, 6);

    signInAs("101");
    open("/#/virksomheder");
    visible(By.id("ny-virksomhed")).click();
    heading("Registrér en ny virksomhed");
    fill("name", name);
    fill("cvr", wrongCvr);
    new Select(visible(By.cssSelector("[data-field=municipalityCode]"))).selectByValue("101");
    fill("industryCode", "107100");
    visible(By.id("tilfoej-kontaktperson")).click();
    fill("contactPersons[0].name", "Jens Bager");
    fill("contactPersons[0].phone", "33 44 55 66");
    visible(By.id("tilfoej-delfunktion")).click();
    fill("partialTasks[0].title", "Opvask i bageriet");
    fill("partialTasks[0].occupationCode", "9412");
    fill("partialTasks[0].weeklyHoursMin", "4");
    fill("partialTasks[0].weeklyHoursMax", "8");
    visible(By.cssSelector("fieldset.task-form button.add-slot")).click();
    browser.findElement(By.id("gem-virksomhed")).click();
    assertThat(visible(By.cssSelector("[data-error-for=cvr]")).getText()).startsWith("Er ikke et gyldigt CVR-nummer");
    assertAccessible("ny virksomhed med fejl");

    fill("cvr", cvr);
    browser.findElement(By.id("gem-virksomhed")).click();
    heading(name);
    assertThat(visible(By.cssSelector("#delfunktioner .task-schedule")).getText()).isEqualTo("mandag 09.00–12.00");
    assertThat(visible(By.cssSelector("#kontaktpersoner a.tel")).getAttribute("href")).isEqualTo("tel:33445566");

    visible(By.cssSelector("details.availability > summary")).click();
    WebElement paused = visible(By.cssSelector("[data-field='availability.pausedUntil']"));
    browser.executeScript("arguments[0].value = arguments[1]", paused, LocalDate.now().plusDays(14).toString());
    fill("availability.maxNewPlacementsPerMonth", "-1");
    browser.findElement(By.id("gem-tilgaengelighed")).click();
    assertThat(visible(By.cssSelector("[data-error-for='availability.maxNewPlacementsPerMonth']")).getText())
        .isEqualTo("Skal være mindst 0.");
    fill("availability.maxNewPlacementsPerMonth", "2");
    browser.findElement(By.id("gem-tilgaengelighed")).click();
    waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tilgaengelighed"), "Højst 2 nye forløb om måneden"));
    assertThat(visible(By.id("tilgaengelighed")).getText()).startsWith("Holder pause: tager ikke nye forløb før");
  }

  private void fill(String field, String value) {
    WebElement input = visible(By.cssSelector("[data-field='" + field + "']"));
    input.clear();
    input.sendKeys(value);
  }
}
