package dk.erfaringsgraf.graph;

import dk.erfaringsgraf.coding.ActorHit;
import dk.erfaringsgraf.coding.Item;
import dk.erfaringsgraf.coding.ThemeHit;
import dk.erfaringsgraf.extract.ItemKind;
import dk.erfaringsgraf.extract.Rendition;
import dk.erfaringsgraf.ingest.SourceMeta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of the load statements for one source: source and sections, items with stable ids
 * ("kl-2020:172"; items of a secondary rendition carry its file name) and their provenance (first and last
 * line; page only for a paged form, null otherwise), theme and actor links (an actor by text or by section),
 * speakers and ADDRESSES links.
 */
final class SourceParams {

    final Map<String, Object> source = new LinkedHashMap<>();
    final List<Map<String, Object>> sections = new ArrayList<>();
    final List<Map<String, Object>> items = new ArrayList<>();
    final List<Map<String, Object>> about = new ArrayList<>();
    final List<Map<String, Object>> mentions = new ArrayList<>();
    final List<Map<String, Object>> speakers = new ArrayList<>();
    final List<Map<String, Object>> links = new ArrayList<>();

    SourceParams(SourceGraph graph, String contentHash) {
        sourceProperties(graph, contentHash);
        Map<String, String> sectionIds = new HashMap<>();
        List<AddressLinker.Candidate> recommendations = new ArrayList<>();
        List<AddressLinker.Candidate> challenges = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String primary = graph.extraction().renditions().get(0).file();
        for (Item item : graph.items()) {
            String section = sectionIds.computeIfAbsent(item.section(), t -> addSection(graph.id(), t));
            String id = uniqueId(ids, graph.id() + ":" + (item.file().equals(primary) ? "" : base(item.file()) + ":")
                    + item.line());
            addItem(id, section, item);
            AddressLinker.Candidate c = new AddressLinker.Candidate(id, Set.copyOf(item.themes()), item.text());
            if (item.kind() == ItemKind.RECOMMENDATION) {
                recommendations.add(c);
            } else if (item.kind() == ItemKind.CHALLENGE) {
                challenges.add(c);
            }
        }
        AddressLinker.link(recommendations, challenges).forEach(l -> links.add(
                Map.of("recommendation", l.recommendation(), "challenge", l.challenge(), "score", l.score())));
    }

    private void sourceProperties(SourceGraph graph, String contentHash) {
        SourceMeta meta = graph.extraction().meta();
        List<Rendition> renditions = graph.extraction().renditions();
        put("id", meta.id());
        put("title", meta.title());
        put("publisher", meta.publisher());
        put("kind", meta.kind());
        put("year", meta.year());
        put("method", meta.method());
        put("respondents", meta.respondents());
        put("respondentsNote", meta.respondentsNote());
        put("renditions", renditions.stream().map(Rendition::file).toList());
        put("sha256", renditions.stream().map(Rendition::sha256).toList());
        put("contentHash", contentHash);
    }

    private void put(String key, Object value) {
        if (value != null) {
            source.put(key, value);
        }
    }

    /** A section; {@code title} is null for text before a report's first heading (no title is invented). */
    private String addSection(String sourceId, String title) {
        String id = sourceId + "/" + (sections.size() + 1);
        Map<String, Object> section = new HashMap<>();
        section.put("id", id);
        section.put("title", title);
        section.put("order", sections.size() + 1);
        sections.add(section);
        return id;
    }

    private void addItem(String id, String section, Item item) {
        Map<String, Object> i = new HashMap<>(Map.of("id", id, "section", section, "kind", item.kind().id(),
                "text", item.text(), "line", item.line(), "lineTo", item.lineTo(), "file", item.file(),
                "source", item.source()));
        i.put("page", item.page() > 0 ? item.page() : null);
        i.put("kindBy", item.kindBy().id());
        items.add(i);
        for (ThemeHit hit : item.themeHits()) {
            about.add(Map.of("item", id, "theme", hit.themeId(), "weight", hit.weight(), "by", hit.by().label()));
        }
        item.actors().forEach(a -> mentions.add(mention(id, a, ActorHit.By.TEXT)));
        item.actorsBySection().forEach(a -> mentions.add(mention(id, a, ActorHit.By.SECTION)));
        if (item.speaker() != null) {
            Map<String, Object> s = new HashMap<>();
            s.put("quote", id);
            s.put("person", item.speaker().person());
            s.put("role", item.speaker().role());
            s.put("organisation", item.speaker().organisation());
            s.put("aliases", item.speaker().aliases());
            speakers.add(s);
        }
    }

    private static Map<String, Object> mention(String item, String actor, ActorHit.By by) {
        return Map.of("item", item, "actor", actor, "by", by.label(), "weight", by.weight());
    }

    private static String uniqueId(Set<String> taken, String id) {
        String candidate = id;
        for (char suffix = 'b'; !taken.add(candidate); suffix++) {
            candidate = id + suffix;
        }
        return candidate;
    }

    private static String base(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
