package dk.erfaringsgraf.coding;

import java.util.List;

/**
 * The codes of one item.
 *
 * @param themes           theme ids, sorted and distinct
 * @param actors           ids of the actors the item's own words name, sorted and distinct
 * @param actorsBySection  ids of the actors only the item's section title names (never one of {@code actors}),
 *                         sorted and distinct
 */
public record Coding(List<String> themes, List<String> actors, List<String> actorsBySection) {

    public Coding {
        themes = themes.stream().distinct().sorted().toList();
        actors = actors.stream().distinct().sorted().toList();
        List<String> byText = actors;
        actorsBySection = actorsBySection.stream().filter(a -> !byText.contains(a)).distinct().sorted().toList();
    }

    /** Codes with actors from the item's own words only. */
    public Coding(List<String> themes, List<String> actors) {
        this(themes, actors, List.of());
    }

    /** The codes behind these theme and actor hits. */
    public static Coding of(List<ThemeHit> themes, List<ActorHit> actors) {
        return new Coding(themes.stream().map(ThemeHit::themeId).toList(), ids(actors, ActorHit.By.TEXT),
                ids(actors, ActorHit.By.SECTION));
    }

    private static List<String> ids(List<ActorHit> hits, ActorHit.By by) {
        return hits.stream().filter(h -> h.by() == by).map(ActorHit::actorId).toList();
    }
}
