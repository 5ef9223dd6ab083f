package dk.jobmatch.index.vocabulary;

/** One code of the controlled vocabulary with its Danish and English labels. */
public record Term(String code, String danish, String english) {}
