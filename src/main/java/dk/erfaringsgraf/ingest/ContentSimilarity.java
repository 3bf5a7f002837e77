package dk.erfaringsgraf.ingest;

import dk.erfaringsgraf.text.Similarity;
import dk.erfaringsgraf.text.Tokenizer;
import java.util.Set;

/**
 * Whole-document similarity: the word 3-shingles of a document, after line-end hyphenation is resolved and
 * case folded, compared by {@link Similarity#jaccard}. Two extractions of one report (clean text and PDF text
 * with columns interleaved) share most shingles; different reports on the same subject share almost none.
 * O(n) in the length of the texts.
 */
public final class ContentSimilarity {

    /** Files at or above this similarity are renditions of one report. */
    public static final double SAME_REPORT = 0.4;
    private static final int SHINGLE = 3;

    private ContentSimilarity() {
    }

    public static Set<String> shingles(Document document) {
        String text = new TextJoiner(Dehyphenator.learn(document.lines())).join(document.lines());
        return Similarity.shingles(Tokenizer.WORDS.tokens(text), SHINGLE);
    }
}
