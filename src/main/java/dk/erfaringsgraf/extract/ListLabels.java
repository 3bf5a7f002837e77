package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The labels under which Danish evaluation reports list their findings ("Muligheder", "Udfordringer",
 * "Anbefalinger", "Det gik mindre godt", "Hvad skal vi være opmærksomme på?"), read from the editable
 * resource {@code lexicon/labels.tsv}. A label names the kind of the list items that follow it.
 */
final class ListLabels {

    enum Match { LABEL, PREFIX, HEADING }

    record Label(String phrase, ItemKind kind, Match match) {
    }

    static final String RESOURCE = "/lexicon/labels.tsv";
    /** A label is a short line; longer lines that start like a question label are prose. */
    private static final int MAX_PREFIX_LABEL = 70;
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[a-zA-Z][.)])\\s+");
    private static final Pattern END = Pattern.compile("[?:.]+$");

    private final List<Label> labels;

    ListLabels(List<Label> labels) {
        this.labels = labels.stream()
                .sorted(Comparator.comparingInt((Label l) -> -l.phrase().length())).toList();
    }

    private static final ListLabels STANDARD = load(RESOURCE);

    static ListLabels standard() {
        return STANDARD;
    }

    /** The label a whole line is ("Muligheder", "3. Anbefalinger:"), if any. */
    /**
     * Whether {@code text} is two list labels side by side, an opportunity list's on the left and a challenge
     * list's on the right, flattened into one line by a PDF's text layer ("Muligheder Udfordringer", "Styrker
     * Svagheder"): the two lists under it come out one after the other, as one.
     */
    boolean columns(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || words.length > 2 * MAX_COLUMN_LABEL_WORDS || text.strip().endsWith(".")) {
            return false;
        }
        List<String> all = List.of(words);
        for (int i = 1; i < words.length; i++) {
            Optional<Label> left = label(String.join(" ", all.subList(0, i)));
            Optional<Label> right = label(String.join(" ", all.subList(i, words.length)));
            if (whole(left, ItemKind.OPPORTUNITY) && whole(right, ItemKind.CHALLENGE)) {
                return true;
            }
        }
        return false;
    }

    /** A label is a few words ("Organisationens ideer til løsninger"); a longer line is text. */
    private static final int MAX_COLUMN_LABEL_WORDS = 8;

    private static boolean whole(Optional<Label> label, ItemKind kind) {
        return label.filter(l -> l.match() == Match.LABEL && l.kind() == kind).isPresent();
    }

    Optional<Label> label(String text) {
        String s = normal(text);
        for (Label label : labels) {
            boolean whole = label.match() == Match.LABEL && s.equals(label.phrase());
            boolean prefix = label.match() == Match.PREFIX && s.startsWith(label.phrase())
                    && s.length() < MAX_PREFIX_LABEL;
            if (whole || prefix) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    /** The kind a chapter heading gives its lists ("Mulige spørgsmål til de lokale drøftelser"), if any. */
    Optional<ItemKind> headingCue(String text) {
        String s = normal(text);
        return labels.stream()
                .filter(l -> l.match() == Match.HEADING && s.contains(l.phrase()))
                .map(Label::kind).findFirst();
    }

    /**
     * The kind a lead-in gives the list right after it: a paragraph that ends in a colon and names a kind
     * with one of the one-word labels, in any number ("De fem anbefalinger … er:", "Vores største
     * udfordring var:"). Words are matched by their stem (the label without a plural ending).
     */
    Optional<ItemKind> leadIn(String text) {
        String s = text.strip();
        if (!s.endsWith(":")) {
            return Optional.empty();
        }
        List<String> words = dk.erfaringsgraf.text.Tokenizer.WORDS.tokens(s);
        for (Label label : labels) {
            if (label.match() != Match.LABEL || label.phrase().contains(" ")) {
                continue;
            }
            String stem = stem(label.phrase());
            if (words.stream().anyMatch(w -> w.startsWith(stem))) {
                return Optional.of(label.kind());
            }
        }
        return Optional.empty();
    }

    /** "anbefalinger" → "anbefaling", "muligheder" → "mulighed", "barrierer" → "barriere"; short words as they are. */
    private static String stem(String word) {
        for (String ending : List.of("er", "r")) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 6) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    static String normal(String text) {
        String s = NUMBERING.matcher(text.strip()).replaceFirst("");
        return END.matcher(s.toLowerCase(Locale.ROOT)).replaceFirst("").strip();
    }

    static ListLabels load(String resource) {
        try (InputStream in = ListLabels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + resource + ": " + e.getMessage(), e);
        }
    }

    static ListLabels parse(String name, String text) {
        List<Label> labels = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            labels.add(row(name, i + 1, line.split("\t")));
        }
        return new ListLabels(labels);
    }

    private static Label row(String name, int n, String[] cells) {
        if (cells.length != 3) {
            throw new InputException(name + ":" + n + ": expected phrase, kind and match separated by tabs");
        }
        try {
            ItemKind kind = ItemKind.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
            Match match = Match.valueOf(cells[2].strip().toUpperCase(Locale.ROOT));
            return new Label(cells[0].strip().toLowerCase(Locale.ROOT), kind, match);
        } catch (IllegalArgumentException e) {
            throw new InputException(name + ":" + n + ": unknown kind or match in '" + String.join("\t", cells)
                    + "' (kinds: opportunity, challenge, recommendation, question; match: label, prefix, heading)");
        }
    }
}
