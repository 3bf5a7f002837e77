package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.InputException;
import dk.erfaringsgraf.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An editable list of Danish phrases, matched on a text's lower-cased words in order and next to each other;
 * a word ending in * matches every word that starts with it. Serves the modality cues
 * ({@code lexicon/modality.tsv}) and the boilerplate phrases ({@code lexicon/boilerplate.tsv}), whose headers
 * say how they were made.
 */
final class PhraseLexicon {

    private static final Tokenizer WORDS = Tokenizer.WORDS;

    private final List<List<String>> phrases;

    private PhraseLexicon(List<List<String>> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    static PhraseLexicon load(String resource) {
        try (InputStream in = PhraseLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InputException(resource + ": lexicon missing from the classpath");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(resource + ": cannot read the lexicon", e);
        }
    }

    /** @throws InputException naming {@code source} and the line of a phrase without words */
    static PhraseLexicon parse(String source, String text) {
        List<List<String>> phrases = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> words = List.of(line.toLowerCase(Locale.ROOT).split("\\s+"));
            if (words.stream().anyMatch(w -> !w.matches("[\\p{L}\\d]+\\*?"))) {
                throw new InputException(source + ":" + (i + 1) + ": \"" + line
                        + "\" is not a phrase of words (a word may end in *)");
            }
            phrases.add(words);
        }
        return new PhraseLexicon(phrases);
    }

    /** The first phrase found in {@code text}, as written in the lexicon. */
    Optional<String> find(String text) {
        List<String> words = WORDS.tokens(text.toLowerCase(Locale.ROOT));
        for (List<String> phrase : phrases) {
            for (int i = 0; i + phrase.size() <= words.size(); i++) {
                if (matchesAt(phrase, words, i)) {
                    return Optional.of(String.join(" ", phrase));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the whole text (its words) is one of the phrases. */
    boolean isWhole(String text) {
        List<String> words = WORDS.tokens(text.toLowerCase(Locale.ROOT));
        return phrases.stream().anyMatch(p -> p.size() == words.size() && matchesAt(p, words, 0));
    }

    int size() {
        return phrases.size();
    }

    private static boolean matchesAt(List<String> phrase, List<String> words, int at) {
        for (int k = 0; k < phrase.size(); k++) {
            String p = phrase.get(k);
            String w = words.get(at + k);
            boolean ok = p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
