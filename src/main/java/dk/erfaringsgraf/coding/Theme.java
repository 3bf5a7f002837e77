package dk.erfaringsgraf.coding;

import java.util.List;

/**
 * A cross-source theme of the codebook.
 *
 * @param id          kebab-case ascii id, stable across runs (the graph's {@code Theme.id})
 * @param name        Danish name
 * @param nameEn      English name
 * @param description one Danish sentence saying what belongs here
 * @param sections    regexes searched in an item's section title; a hit codes the theme "by section"
 * @param keywords    lowercase word stems searched in the item's text
 * @param patterns    regexes searched in the item's text
 */
public record Theme(String id, String name, String nameEn, String description, List<String> sections,
        List<String> keywords, List<String> patterns) {

    public Theme {
        sections = List.copyOf(sections);
        keywords = List.copyOf(keywords);
        patterns = List.copyOf(patterns);
    }
}
