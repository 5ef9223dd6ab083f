package dk.jobmatch.matcher.page;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.matcher.demo.DemoData;
import dk.jobmatch.matcher.support.PageTestSupport;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The contact log (kontaktlog) in the browser: from a match row to the company's log, a contact in
 * the future refused by its field, a visit about the citizen with a next step registered, the next
 * step on "Mine næste skridt" and marked done there.
 */
class ContactLogPageIT extends PageTestSupport {
  private static final String TOUR_CITIZEN = DemoData.TOUR_CITIZEN_ID;
  private static final By OURS_IN_THE_LOG =
      By.xpath("//*[@id='kontakter']/li[contains(@class, 'contact') and contains(., 'Aftal opstart med Mette')]");

  @Test
  void registersAContactFromAMatchRowAndMarksItsNextStepDone() {
    signInAs("101");
    open("/#/borgere/" + TOUR_CITIZEN + "/match");
    WebElement row = visible(By.cssSelector("#matchliste > li"));
    String company = row.findElement(By.tagName("h3")).getText().replaceFirst("^\\d+\\.\\s*", "");
    row.findElement(By.cssSelector("a.contact-log-link")).click();

    heading("Kontaktlog: " + company);
    // The demo's year of contacts may have reached this company already: its log is shown either way.
    visible(By.id("seneste-kontakt"));

    new Select(visible(By.cssSelector("[data-field=kind]"))).selectByValue("VISIT");
    new Select(browser.findElement(By.cssSelector("[data-field=outcome]"))).selectByValue("POSITIVE");
    WebElement at = browser.findElement(By.cssSelector("[data-field=at]"));
    setValue(at, LocalDateTime.now().plusDays(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    fill("contactPerson", "Mette Holm");
    fill("note", "Vil gerne møde borgeren");
    fill("nextStep.text", "Aftal opstart med Mette");
    browser.findElement(By.id("om-borger")).click();
    browser.findElement(By.id("gem-kontakt")).click();
    assertThat(visible(By.cssSelector("[data-error-for=at]")).getText()).isEqualTo("Datoen må ikke ligge i fremtiden.");

    setValue(browser.findElement(By.cssSelector("[data-field=at]")),
        LocalDateTime.now().minusHours(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    browser.findElement(By.id("gem-kontakt")).click();
    WebElement contact = visible(OURS_IN_THE_LOG);
    assertThat(contact.getText()).contains("Besøg").contains("Positivt").contains("med Mette Holm")
        .contains("om borger " + TOUR_CITIZEN.substring(0, 8)).contains("Aftal opstart med Mette");
    assertThat(visible(By.id("seneste-kontakt")).getText()).startsWith("Seneste kontakt: besøg");
    assertAccessible("kontaktlog");
    screenshot("09-kontaktlog");

    open("/#/naeste-skridt");
    heading("Mine næste skridt");
    // Beside the demo consultant's next steps from the demo's contacts, oldest due first.
    WebElement step = visible(By.xpath("//table[@id='naeste-skridt']//tbody/tr[contains(., 'Aftal opstart med Mette')]"));
    assertThat(step.getText()).contains("Aftal opstart med Mette").contains(company).contains("Besøg");
    assertAccessible("næste skridt");
    screenshot("10-naeste-skridt");

    step.findElement(By.cssSelector("button.mark-done")).click();
    waiting.until(driver -> browser.findElements(By.xpath("//table[@id='naeste-skridt']//tbody/tr[contains(., 'Aftal opstart med Mette')]"))
        .isEmpty());

    open("/#/borgere/" + TOUR_CITIZEN + "/match");
    visible(By.cssSelector("#matchliste > li a.contact-log-link")).click();
    heading("Kontaktlog: " + company);
    waiting.until(ExpectedConditions.textToBePresentInElementLocated(OURS_IN_THE_LOG, "udført"));
  }

  private void setValue(WebElement input, String value) {
    browser.executeScript("arguments[0].value = arguments[1]", input, value);
  }

  private void fill(String field, String value) {
    WebElement input = visible(By.cssSelector("[data-field='" + field + "']"));
    input.clear();
    input.sendKeys(value);
  }
}
