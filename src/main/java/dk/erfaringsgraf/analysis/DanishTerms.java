package dk.erfaringsgraf.analysis;

import dk.erfaringsgraf.text.Stemmer;
import dk.erfaringsgraf.text.StopWords;
import dk.erfaringsgraf.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text to stemmed Danish content terms, as Lucene's DanishAnalyzer makes them: Unicode word boundaries
 * ({@link Tokenizer.Words#UNICODE}), lower case, stop words removed before stemming, the Snowball Danish
 * stemmer ("møderne", "møder", "mødet" → "mød"). The stop words are Snowball's list and the words added for
 * these reports ({@link StopWords.Group#SNOWBALL}, {@link StopWords.Group#REPORTS}): left in, light verbs,
 * fillers and "kommune" made unrelated items look alike when calibrating {@link EchoFinder}. Terms are returned
 * in text order with repeats, so callers can count term frequencies; {@link #words} keeps each term's word as
 * the text writes it, so a person is shown "skolen", not the stem "skol".
 */
final class DanishTerms {

    private static final Tokenizer WORDS = Tokenizer.WORDS.with(Tokenizer.Words.UNICODE);
    private static final StopWords STOP = StopWords.danish(StopWords.Group.SNOWBALL, StopWords.Group.REPORTS);
    /** Shortest term kept: single letters left by initials and split words are noise. */
    private static final int MIN_LENGTH = 2;

    /** A content term and the (lower-cased) word of the text it was stemmed from. */
    record Word(String term, String word) {
    }

    /** The stemmed content terms of {@code text} in order, without stop words, numbers or single letters. */
    List<String> terms(String text) {
        return words(text).stream().map(Word::term).toList();
    }

    /** The content terms of {@code text} with their words, in text order with repeats. */
    List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        for (String word : WORDS.tokens(text)) {
            if (!STOP.contains(word)) {
                String term = Stemmer.stem(word);
                if (isContent(term)) {
                    words.add(new Word(term, word));
                }
            }
        }
        return words;
    }

    private static boolean isContent(String term) {
        return term.length() >= MIN_LENGTH && term.codePoints().anyMatch(Character::isLetter);
    }
}
