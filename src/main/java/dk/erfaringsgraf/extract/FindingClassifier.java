package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Types the findings a report's structure left untyped, whoever published it. A layout or the outline gives
 * the strongest evidence (a heading, a list label, a lead-in); an item they left an observation by default is
 * judged here by its own sentences, in this order:
 * <ol>
 *   <li>boilerplate ({@code lexicon/boilerplate.tsv}: "Rigtig god læselyst.", "Tiltrådt.", "Ingen") is no
 *       finding at all: its lines become context and a warning names each;</li>
 *   <li>a text that ends in a question mark asks: a question;</li>
 *   <li>a modality cue ({@code lexicon/modality.tsv}: "bør", "skal fremover", "vi anbefaler", "det er vigtigt
 *       at") says what should be done: a recommendation;</li>
 *   <li>the valence of its words ({@link StanceScorer} over {@code lexicon/valence.tsv}, with negation and
 *       degree: "ikke godt", "mindre godt") at least {@link #MIN_STANCE} either way: an opportunity or a
 *       challenge;</li>
 *   <li>otherwise it stays an observation.</li>
 * </ol>
 * Every kind set here has {@code kindBy = cue}. Quotes keep their kind: who speaks is not what is found.
 */
final class FindingClassifier {

    /**
     * The net valence an item needs to be an opportunity or a challenge: one evaluative word is not enough,
     * since most report prose mentions something good or bad in passing.
     */
    static final int MIN_STANCE = 1;
    /** Danish openings that turn an argument: "Men", "Omvendt", "Til gengæld", "På den anden side", "Dog". */
    private static final Pattern CONTRAST = Pattern.compile(
            "(?iu)[”\"]?(men|omvendt|til gengæld|på den anden side|dog|derimod|imidlertid|alligevel)\\b");
    private static final Pattern ASKS = Pattern.compile(".*\\?[”\"’)]*$", Pattern.DOTALL);

    private final PhraseLexicon modality;
    private final PhraseLexicon boilerplate;
    private final StanceScorer stance;

    FindingClassifier() {
        this(PhraseLexicon.load("/lexicon/modality.tsv"), PhraseLexicon.load("/lexicon/boilerplate.tsv"),
                new StanceScorer());
    }

    FindingClassifier(PhraseLexicon modality, PhraseLexicon boilerplate, StanceScorer stance) {
        this.modality = modality;
        this.boilerplate = boilerplate;
        this.stance = stance;
    }

    /** The kind the text's own words give it, if any (the observation default is empty). */
    Optional<ItemKind> cue(String text) {
        String t = text.strip();
        if (ASKS.matcher(t).matches()) {
            return Optional.of(ItemKind.QUESTION);
        }
        if (modality.find(t).isPresent()) {
            return Optional.of(ItemKind.RECOMMENDATION);
        }
        int score = stance.score(t);
        if (score >= MIN_STANCE) {
            return Optional.of(ItemKind.OPPORTUNITY);
        }
        if (score <= -MIN_STANCE) {
            return Optional.of(ItemKind.CHALLENGE);
        }
        return Optional.empty();
    }

    boolean isBoilerplate(String text) {
        return boilerplate.isWhole(text);
    }

    /**
     * Re-types the sink's default observations by their sentences' cues and sets boilerplate aside as
     * context. A paragraph whose sentences differ in kind becomes one finding per run of sentences of one
     * kind, each with the lines its sentences came from; a sentence without a cue goes with the run before it
     * (it explains that sentence), or with the first run when it opens the paragraph.
     */
    void apply(Document document, ParseSink sink) {
        List<RawItem> out = new ArrayList<>();
        List<RawItem> setAside = new ArrayList<>();
        for (RawItem item : sink.items()) {
            boolean open = item.kind() == ItemKind.OBSERVATION && item.kindBy() == KindBy.DEFAULT;
            if (open && isBoilerplate(item.text())) {
                setAside.add(item);
                sink.warn(document.file() + ":" + item.line() + ": \"" + item.text()
                        + "\" is boilerplate, not a finding; read as context");
            } else if (open) {
                out.addAll(bySentence(document, item));
            } else {
                out.add(item);
            }
        }
        sink.replaceItems(out, setAside);
    }

    /**
     * A paragraph is one finding, typed by all its words, unless a sentence turns it: one that opens with a
     * contrast ("Men …", "Omvendt …", "Til gengæld …") and has the opposite stance, or one that asks or advises
     * where the run before it did not. Each run of sentences is then a finding of its own, typed by its words.
     */
    private List<RawItem> bySentence(Document document, RawItem item) {
        List<Sentences.Sentence> sentences = Sentences.of(item.text());
        List<int[]> runs = new ArrayList<>();
        RunCue run = null;
        for (Sentences.Sentence sentence : sentences) {
            RunCue next = runCue(sentence.text());
            if (run == null || turns(run, next, sentence.text())) {
                runs.add(new int[] {sentence.start(), sentence.end()});
                run = next;
            } else {
                runs.get(runs.size() - 1)[1] = sentence.end();
                run = run.then(next);
            }
        }
        if (runs.size() <= 1) {
            return List.of(cue(item.text()).map(k -> item.as(k, KindBy.CUE)).orElse(item));
        }
        LineAlignment lines = LineAlignment.of(document, item);
        List<RawItem> parts = new ArrayList<>();
        for (int[] r : runs) {
            String text = item.text().substring(r[0], r[1]).strip();
            Optional<ItemKind> kind = cue(text);
            parts.add(new RawItem(item.section(), kind.orElse(ItemKind.OBSERVATION), text, null,
                    lines.lines(r[0], r[1]), item.page(), kind.isPresent() ? KindBy.CUE : KindBy.DEFAULT));
        }
        return parts;
    }

    /**
     * The cue of a run of sentences, kept as it grows: whether its last sentence asks, whether any sentence
     * advises, and the sum of the sentences' stance ({@link StanceScorer} scores sentence by sentence, so the
     * sum is the run's score). Judging the run's whole text again at every sentence made a long paragraph
     * of one stance quadratic (a 5 MB line took minutes).
     */
    private record RunCue(boolean asks, boolean advises, int stance) {

        RunCue then(RunCue next) {
            return new RunCue(next.asks, advises || next.advises, stance + next.stance);
        }

        /** As {@link FindingClassifier#cue(String)} gives for the run's text. */
        Optional<ItemKind> kind() {
            if (asks) {
                return Optional.of(ItemKind.QUESTION);
            }
            if (advises) {
                return Optional.of(ItemKind.RECOMMENDATION);
            }
            return stance >= MIN_STANCE ? Optional.of(ItemKind.OPPORTUNITY)
                    : stance <= -MIN_STANCE ? Optional.of(ItemKind.CHALLENGE) : Optional.empty();
        }
    }

    private RunCue runCue(String sentence) {
        String t = sentence.strip();
        return new RunCue(ASKS.matcher(t).matches(), modality.find(t).isPresent(), stance.score(t));
    }

    /** Whether {@code sentence} (judged as {@code next}) turns away from the {@code run} of sentences before it. */
    private boolean turns(RunCue run, RunCue next, String sentence) {
        Optional<ItemKind> was = run.kind();
        Optional<ItemKind> is = next.kind();
        if (is.isEmpty() || is.equals(was)) {
            return false;
        }
        boolean explicit = is.get() == ItemKind.QUESTION || is.get() == ItemKind.RECOMMENDATION;
        return explicit || CONTRAST.matcher(sentence).lookingAt();
    }

}
