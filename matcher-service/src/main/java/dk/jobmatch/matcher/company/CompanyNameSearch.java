package dk.jobmatch.matcher.company;

/**
 * A company name search as a regular expression: the text anywhere in the name, upper and lower
 * case alike, every other character literal. Case is spelt out per letter ({@code [bB][aA]}) rather
 * than left to the database's case-insensitive option, which may fold only ASCII and so miss
 * {@code Ø} for {@code ø}; the text is never read as pattern syntax.
 */
final class CompanyNameSearch {
  private static final String SPECIAL = "\\^$.|?*+()[]{}-/";

  private CompanyNameSearch() {}

  static String containing(String text) {
    StringBuilder pattern = new StringBuilder();
    text.codePoints().forEach(c -> {
      int lower = Character.toLowerCase(c);
      int upper = Character.toUpperCase(c);
      if (lower != upper || lower != c) {
        pattern.append('[').appendCodePoint(c);
        if (lower != c) {
          pattern.appendCodePoint(lower);
        }
        if (upper != c && upper != lower) {
          pattern.appendCodePoint(upper);
        }
        pattern.append(']');
      } else if (SPECIAL.indexOf(c) >= 0) {
        pattern.append('\\').appendCodePoint(c);
      } else if (Character.isISOControl(c)) {
        pattern.append(String.format("\\x{%x}", c));
      } else {
        pattern.appendCodePoint(c);
      }
    });
    return pattern.toString();
  }
}
