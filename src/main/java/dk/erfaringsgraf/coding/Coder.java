package dk.erfaringsgraf.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Codes an item with themes and actors from a {@link Codebook}. A theme is assigned when the item's section
 * title matches one of the theme's section regexes ("section", weight 1.0) or, failing that, when the item's
 * own words match its keyword stems or patterns ("keyword", weight {@code n/(n+1)} for n hits, at most
 * 0.95). An actor is mentioned "text" when the item's own words name it, and "section" when only the title
 * of the section the item stands in names it (Sorø's chapter "Jobbanken – udsendte medarbejdere" is about
 * Jobbanken in every item, although most of them never say the word). All patterns are compiled once, in the
 * constructor; coding one item costs one scan of its text (and of its section title) per theme and actor term
 * set.
 *
 * <p>Themes get nothing new from the section title here, on purpose: they already have a context rule, the
 * codebook's {@code sections} regexes, which a person wrote for each theme by reading the chapters ("this
 * chapter is about this theme"), so a match is strong evidence and keeps its weight 1.0 (above any keyword
 * count). Running the keyword stems over section titles as well would add a second, unreviewed kind of
 * section evidence under the same {@code by: section} label with a different weight, and code KL's long
 * titles ("Teknologierne gav et solidt rygstød til nye møde- og arbejdsformer …") with every theme a word of
 * the title happens to touch. Actors have no such curated mapping, so their section rule is the general one,
 * marked and weaker than the text ({@link ActorHit.By#SECTION}).
 */
public final class Coder {

    private record CompiledTheme(String id, TermSet sections, TermSet words) {
    }

    private record CompiledActor(String id, TermSet words) {
    }

    private final Codebook codebook;
    private final List<CompiledTheme> themes;
    private final List<CompiledActor> actors;

    public Coder(Codebook codebook) {
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.themes = codebook.themes().stream()
                .map(t -> new CompiledTheme(t.id(), TermSet.of(List.of(), t.sections()),
                        TermSet.of(t.keywords(), t.patterns())))
                .toList();
        this.actors = codebook.actors().stream()
                .map(a -> new CompiledActor(a.id(), TermSet.of(a.aliases(), a.patterns())))
                .toList();
    }

    /** A coder for the bundled default codebook. */
    public static Coder withDefaultCodebook() {
        return new Coder(CodebookLoader.loadDefault());
    }

    public Codebook codebook() {
        return codebook;
    }

    /**
     * The theme and actor ids of one item.
     *
     * @param section the item's section title as printed, or null when it has none
     * @param text    the item's text
     */
    public Coding code(String section, String text) {
        return Coding.of(themeHits(section, text), actorHits(section, text));
    }

    /** Why each theme applies, one hit per theme in codebook order; a section match wins over keywords. */
    public List<ThemeHit> themeHits(String section, String text) {
        Objects.requireNonNull(text, "text");
        List<ThemeHit> hits = new ArrayList<>();
        for (CompiledTheme theme : themes) {
            if (section != null && theme.sections().matches(section)) {
                hits.add(new ThemeHit(theme.id(), ThemeHit.By.SECTION, 1.0));
                continue;
            }
            int n = theme.words().count(text);
            if (n > 0) {
                hits.add(new ThemeHit(theme.id(), ThemeHit.By.KEYWORD, keywordWeight(n)));
            }
        }
        return List.copyOf(hits);
    }

    /** The ids of the actors {@code text} mentions, sorted. */
    public List<String> actors(String text) {
        Objects.requireNonNull(text, "text");
        return actors.stream().filter(a -> a.words().matches(text)).map(CompiledActor::id).sorted().toList();
    }

    /**
     * Why each actor applies, one hit per actor in id order: "text" when the item's own words name it,
     * otherwise "section" when its section title does.
     *
     * @param section the item's section title as printed, or null when it has none
     * @param text    the item's text
     */
    public List<ActorHit> actorHits(String section, String text) {
        Objects.requireNonNull(text, "text");
        List<ActorHit> hits = new ArrayList<>();
        for (CompiledActor actor : actors) {
            if (actor.words().matches(text)) {
                hits.add(new ActorHit(actor.id(), ActorHit.By.TEXT));
            } else if (section != null && actor.words().matches(section)) {
                hits.add(new ActorHit(actor.id(), ActorHit.By.SECTION));
            }
        }
        hits.sort(Comparator.comparing(ActorHit::actorId));
        return List.copyOf(hits);
    }

    /** Keyword weights stop here, so that rounding never lets words equal a section match (1.0). */
    static final double MAX_KEYWORD_WEIGHT = 0.95;

    /** One hit is weak evidence (0.5); more hits approach, but never reach, a section match. */
    static double keywordWeight(int hits) {
        return Math.min(MAX_KEYWORD_WEIGHT, Math.round(100.0 * hits / (hits + 1)) / 100.0);
    }
}
