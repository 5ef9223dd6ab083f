package dk.jobmatch.matcher.page;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.matcher.demo.DemoData;
import dk.jobmatch.matcher.support.PageTestSupport;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Mine borgere" in a real headless Chromium against the running service with the demo data: the
 * signed-in consultant's own caseload first, the whole job centre a click away, a search by label or
 * job goal, "Tildel mig", sorting by last activity, and "Opret borger", whose refusals are the
 * service's Danish texts by the fields they name.
 */
class MyCitizensPageIT extends PageTestSupport {
  private static final String KOBENHAVN = "101";
  private static final String TOUR_CITIZEN = DemoData.TOUR_CITIZEN_ID;
  /** English a Danish page must never show: the API's own words for its field errors. */
  private static final List<String> ENGLISH = List.of("must", "should", "invalid", "looks like", "label", "hoursCapacity");

  @Test
  void opensMyCitizensSearchesTheJobCentreAndAssignsACitizenToMe() {
    UUID colleagues = createCitizen(KOBENHAVN, aCitizen().labelled("KOLLEGA-77")
        .goal(GoalRank.A, "9112", "Rengøringsassistent").inCaseloadOf("demo-konsulent-bo").build());
    signInAs(KOBENHAVN);

    heading("Mine borgere");
    assertThat(visible(By.id("vis-mine")).getDomAttribute("aria-current")).isEqualTo("page");
    assertThat(listedIds()).contains(TOUR_CITIZEN).doesNotContain(colleagues.toString());
    assertThat(rowOf(TOUR_CITIZEN).getText()).contains("DEMO-001").contains("Din");
    assertAccessible("mine borgere");
    screenshot("10-mine-borgere");

    browser.findElement(By.id("vis-alle")).click();
    heading("Borgere i Jobcenter København");
    search("kollega-77");
    waiting.until(driver -> listedIds().equals(List.of(colleagues.toString())));
    search("RENGØRING");
    waiting.until(driver -> listedIds().contains(colleagues.toString()));
    // The list may be redrawn by the search just typed: read the row once it stands still.
    waiting.ignoring(StaleElementReferenceException.class).until(driver ->
        rowOf(colleagues.toString()).getText().contains("KOLLEGA-77") && rowOf(colleagues.toString()).getText().contains("demo-konsulent-bo"));
    assertAccessible("søgning i alle borgere");

    rowOf(colleagues.toString()).findElement(By.cssSelector("button.assign")).click();

    waiting.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("tr[data-citizen-id='" + colleagues + "'] .assign-status"), "Tildelt dig"));
    assertThat(rowOf(colleagues.toString()).findElement(By.cssSelector(".caseload")).getText()).isEqualTo("Din");
    screenshot("11-tildelt-mig");
    // In my caseload now, and the most recently active of it.
    open("/#/borgere?sortering=aktivitet");
    heading("Mine borgere");
    waiting.until(driver -> !listedIds().isEmpty() && listedIds().getFirst().equals(colleagues.toString()));
    assertThat(listedIds()).contains(TOUR_CITIZEN);
    assertThat(browser.findElement(By.cssSelector("select[name=sortering]")).getDomProperty("value")).isEqualTo("aktivitet");
  }

  @Test
  void searchingForNothingThatFitsSaysSoInDanish() {
    signInAs(KOBENHAVN);
    heading("Mine borgere");

    search("findes-ikke-xyz");

    assertThat(visible(By.id("ingen-borgere")).getText()).isEqualTo("Ingen borgere passer til »findes-ikke-xyz«.");
  }

  @Test
  void createsACitizenShowingTheServicesDanishTextsForWrongValuesFirst() {
    signInAs(KOBENHAVN);
    visible(By.id("opret-borger")).click();
    heading("Opret borger");
    assertAccessible("opret borger");
    field("label").sendKeys("010190-1234");
    WebElement title = browser.findElement(By.cssSelector("input.goal-title"));
    title.sendKeys("rengøringsass");
    visible(By.cssSelector("[role=listbox]:not([hidden]) [role=option]"));
    title.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    WebElement code = browser.findElement(By.cssSelector("[data-field='jobGoals[0].occupationCode']"));
    waiting.until(driver -> code.getDomProperty("value").matches("\\d{4}"));
    field("hoursCapacity.now").sendKeys("30");
    field("hoursCapacity.target").sendKeys("10");

    browser.findElement(By.id("gem-ny-borger")).click();

    assertThat(visible(By.cssSelector("[data-error-for='label']")).getText())
        .isEqualTo("Må ikke ligne et CPR-nummer. Brug et sagsnummer eller initialer, aldrig navn eller CPR-nummer.");
    assertThat(visible(By.cssSelector("[data-error-for='hoursCapacity.now']")).getText())
        .isEqualTo("Timer om ugen nu må ikke være flere end målet for timer om ugen.");
    assertThat(field("label").getDomAttribute("aria-invalid")).isEqualTo("true");
    String form = browser.findElement(By.id("opret-borger-form")).getText();
    assertThat(form).contains("Ændringen blev ikke gemt").contains("2 felter skal rettes");
    ENGLISH.forEach(word -> assertThat(form).as("English on the Danish page").doesNotContainIgnoringCase(word));
    assertAccessible("opret borger med fejl");
    screenshot("12-opret-borger-fejl");

    replace(field("label"), "AB-2026-1");
    replace(field("hoursCapacity.now"), "8");
    replace(field("hoursCapacity.target"), "20");
    browser.findElement(By.id("gem-ny-borger")).click();

    heading("Profil for borger AB-2026-1");
    assertThat(field("label").getDomProperty("value")).isEqualTo("AB-2026-1");
    assertThat(field("consultant").getDomProperty("value")).isEqualTo("demo-konsulent-anne");
    assertThat(browser.findElements(By.cssSelector("input.goal-title")))
        .extracting(input -> input.getDomProperty("value")).anyMatch(v -> v.toLowerCase().contains("rengøring"));
    String citizenId = browser.getCurrentUrl().replaceFirst(".*#/borgere/", "");
    open("/#/borgere");
    heading("Mine borgere");
    waiting.until(driver -> listedIds().contains(citizenId));
    assertThat(rowOf(citizenId).getText()).contains("AB-2026-1");
  }

  @Test
  void showsTheCvAndTheLabelOnTheProfile() {
    signInAs(KOBENHAVN);
    open("/#/borgere/" + TOUR_CITIZEN);

    heading("Profil for borger DEMO-001");
    WebElement cv = visible(By.cssSelector("section.cv"));
    assertThat(cv.getText()).contains("Erhvervserfaring").contains("Uddannelse").contains("Kompetencer")
        .contains("kundeservice").contains("varepåfyldning").contains("Har kørekort.");
    assertAccessible("borgerprofil med CV");
    screenshot("13-borgerprofil-cv");
  }

  // ---------------------------------------------------------------------------------------------

  private void search(String text) {
    WebElement box = visible(By.cssSelector("input[name=soeg]"));
    replace(box, text);
    browser.findElement(By.id("soeg-borgere")).click();
    waiting.until(driver -> browser.getCurrentUrl().contains("soeg="));
  }

  private WebElement field(String path) {
    return visible(By.cssSelector("[data-field='" + path + "']"));
  }

  private WebElement rowOf(String citizenId) {
    return visible(By.cssSelector("tr[data-citizen-id='" + citizenId + "']"));
  }

  /** The citizen ids in list order, read in one script so a list being redrawn is never read half-way. */
  @SuppressWarnings("unchecked")
  private List<String> listedIds() {
    return (List<String>) browser.executeScript(
        "return [...document.querySelectorAll('a.citizen-link')].map(a => a.dataset.citizenId)");
  }

  /** Replaces the field's text as typing does (select all, type), so the page sees input events. */
  private static void replace(WebElement input, String text) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }
}
