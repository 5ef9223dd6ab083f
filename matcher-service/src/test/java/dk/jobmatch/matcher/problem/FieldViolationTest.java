package dk.jobmatch.matcher.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Bean-validation violations get their code from the constraint the contract's schema became in the
 * generated models, with the bound the Danish text names. The annotations below are the ones the
 * generator writes ({@code minimum}, {@code maxLength}, {@code pattern}, {@code format: email}...).
 */
class FieldViolationTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  static final class Input {
    @NotNull String name;
    @Min(1) @Max(37) Integer hours;
    @DecimalMin("54.5") Double lat;
    @Size(min = 2, max = 4) String title;
    @Size(min = 1, max = 2) List<String> days;
    @Pattern(regexp = "^[0-9]{8}$") String cvr;
    @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$") String from;
    @Pattern(regexp = "^[A-Za-z0-9._@-]{1,64}$") String consultant;
    @Email String email;

    Input valid() {
      name = "Bageriet";
      hours = 10;
      lat = 55.0;
      title = "Kas";
      days = List.of("TUE");
      cvr = "10150817";
      from = "09:00";
      consultant = "anna";
      email = "anna@example.dk";
      return this;
    }
  }

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void notNullIsRequired() {
    Input input = new Input().valid();
    input.name = null;

    assertThat(only(input)).extracting(FieldViolation::code).isEqualTo(ProblemCode.REQUIRED);
  }

  @Test
  void minAndMaxCarryTheirBound() {
    Input low = new Input().valid();
    low.hours = 0;
    Input high = new Input().valid();
    high.hours = 38;

    assertThat(only(low)).satisfies(v -> {
      assertThat(v.code()).isEqualTo(ProblemCode.MIN);
      assertThat(v.arguments()).containsExactly(1L);
    });
    assertThat(only(high)).satisfies(v -> {
      assertThat(v.code()).isEqualTo(ProblemCode.MAX);
      assertThat(v.arguments()).containsExactly(37L);
    });
  }

  @Test
  void decimalMinIsMinWithItsBoundAsANumber() {
    Input input = new Input().valid();
    input.lat = 53.0;

    assertThat(only(input)).satisfies(v -> {
      assertThat(v.code()).isEqualTo(ProblemCode.MIN);
      assertThat(v.arguments()).containsExactly(new BigDecimal("54.5"));
    });
  }

  @Test
  void sizeOfATextIsTooShortOrTooLongAndOfAListTooFewOrTooMany() {
    Input shortTitle = new Input().valid();
    shortTitle.title = "K";
    Input longTitle = new Input().valid();
    longTitle.title = "Kassen";
    Input noDays = new Input().valid();
    noDays.days = List.of();
    Input manyDays = new Input().valid();
    manyDays.days = List.of("MON", "TUE", "WED");

    assertThat(only(shortTitle)).extracting(FieldViolation::code, FieldViolation::arguments)
        .containsExactly(ProblemCode.TOO_SHORT, List.of(2));
    assertThat(only(longTitle)).extracting(FieldViolation::code, FieldViolation::arguments)
        .containsExactly(ProblemCode.TOO_LONG, List.of(4));
    assertThat(only(noDays)).extracting(FieldViolation::code, FieldViolation::arguments)
        .containsExactly(ProblemCode.TOO_FEW, List.of(1));
    assertThat(only(manyDays)).extracting(FieldViolation::code, FieldViolation::arguments)
        .containsExactly(ProblemCode.TOO_MANY, List.of(2));
  }

  @Test
  void patternsOfDigitsAndTimesHaveTheirOwnCodesAndAnyOtherIsPattern() {
    Input cvr = new Input().valid();
    cvr.cvr = "1015081";
    Input from = new Input().valid();
    from.from = "25:00";
    Input consultant = new Input().valid();
    consultant.consultant = "Anna Jensen";

    assertThat(only(cvr)).extracting(FieldViolation::code, FieldViolation::arguments)
        .containsExactly(ProblemCode.DIGITS, List.of(8));
    assertThat(only(from)).extracting(FieldViolation::code).isEqualTo(ProblemCode.TIME_OF_DAY);
    assertThat(only(consultant)).extracting(FieldViolation::code).isEqualTo(ProblemCode.PATTERN);
  }

  @Test
  void emailIsEmail() {
    Input input = new Input().valid();
    input.email = "anna";

    assertThat(only(input)).extracting(FieldViolation::code).isEqualTo(ProblemCode.EMAIL);
  }

  private static FieldViolation only(Input input) {
    Set<ConstraintViolation<Input>> violations = VALIDATOR.validate(input);
    assertThat(violations).hasSize(1);
    ConstraintViolation<Input> violation = violations.iterator().next();
    return FieldViolation.of(violation.getPropertyPath().toString(), violation);
  }
}
