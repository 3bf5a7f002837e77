package dk.erfaringsgraf.coding;

import java.util.List;

/**
 * The codes of one item.
 *
 * @param themes theme ids, sorted and distinct
 * @param actors actor ids, sorted and distinct
 */
public record Coding(List<String> themes, List<String> actors) {

    public Coding {
        themes = themes.stream().distinct().sorted().toList();
        actors = actors.stream().distinct().sorted().toList();
    }
}
