package dk.jobmatch.matcher.citizen;

import java.util.regex.Pattern;

/**
 * The consultant's own label for a citizen (a case number or initials), pseudonymous like the id.
 * Length and characters are the contract's ({@code CitizenInput.label}); what the contract cannot
 * say is "not a CPR number", which is this rule: six digits, an optional dash or space, four digits,
 * anywhere in the label. Deliberately wider than a CPR number (no date or check digit is tested), so a
 * case number of ten digits in a row is refused too: a label that could be a CPR number is never stored.
 */
final class CitizenLabel {
  private static final Pattern CPR_LIKE = Pattern.compile("\\d{6}[- ]?\\d{4}");

  private CitizenLabel() {}

  static boolean looksLikeCpr(String label) {
    return label != null && CPR_LIKE.matcher(label).find();
  }
}
