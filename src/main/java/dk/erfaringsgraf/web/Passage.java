package dk.erfaringsgraf.web;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.text.Tokenizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Where an item's text lies in its source file. The graph keeps the item's first line; the item may run
 * over the following lines (wrapped paragraphs, hyphenated words, a bullet continued after a blank line), so
 * the hit grows while the next line's words belong to the item's text and some of it is still unread.
 */
record Passage(int from, int to) {

    private static final double BELONGS = 0.7;

    static Passage locate(Document doc, int first, String text) {
        Set<String> words = Tokenizer.WORDS.distinct(text);
        Set<String> unread = new HashSet<>(words);
        int last = first;
        unread.removeAll(Tokenizer.WORDS.distinct(doc.line(first)));
        int n = first + 1;
        while (!unread.isEmpty() && n <= doc.lineCount()) {
            if (doc.isBlank(n)) {
                n++;
                continue;
            }
            Set<String> line = Tokenizer.WORDS.distinct(doc.line(n));
            if (line.isEmpty() || share(line, words) < BELONGS) {
                break;
            }
            unread.removeAll(line);
            last = n++;
        }
        return new Passage(first, last);
    }

    private static double share(Set<String> line, Set<String> words) {
        long known = line.stream().filter(w -> words.contains(w) || words.stream().anyMatch(x -> joins(x, w))).count();
        return (double) known / line.size();
    }

    /** A line-end or line-start fragment of a hyphenated word ("kommu-" / "nikation"). */
    private static boolean joins(String word, String fragment) {
        return fragment.length() >= 3 && (word.startsWith(fragment) || word.endsWith(fragment));
    }
}
