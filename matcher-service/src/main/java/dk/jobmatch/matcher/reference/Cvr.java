package dk.jobmatch.matcher.reference;

/** The Danish company register number: eight digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11. */
public final class Cvr {
  private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  private Cvr() {}

  public static boolean isValid(String cvr) {
    if (cvr == null || cvr.length() != 8 || cvr.charAt(0) == '0') {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = cvr.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return sum % 11 == 0;
  }

  /** Completes a seven-digit prefix with a check digit; empty when no digit makes it valid. */
  public static java.util.Optional<String> withCheckDigit(String sevenDigits) {
    for (int d = 0; d <= 9; d++) {
      String candidate = sevenDigits + d;
      if (isValid(candidate)) {
        return java.util.Optional.of(candidate);
      }
    }
    return java.util.Optional.empty();
  }
}
