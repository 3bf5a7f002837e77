package dk.erfaringsgraf.text;

import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Danish stems with the Snowball Danish stemmer (the one Lucene's DanishAnalyzer runs), so the inflections of
 * a word meet: "møderne", "møder", "mødet" → "mød". It strips suffixes by rule, without a dictionary: the
 * neuter -t stays ("virtuelt" does not meet "virtuelle"). Thread-safe: each call has its own stemmer state.
 */
public final class Stemmer {

    private Stemmer() {
    }

    /** The stem of {@code word}, a lowercase word. */
    public static String stem(String word) {
        DanishStemmer stemmer = new DanishStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
