package dk.erfaringsgraf.coding;

import dk.erfaringsgraf.ingest.YamlMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Validates a composed codebook YAML tree and builds the {@link Codebook}. */
final class CodebookReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> ROOT_KEYS = Set.of("themes", "actors");
    private static final Set<String> THEME_KEYS =
            Set.of("id", "name", "nameEn", "description", "sections", "keywords", "patterns");
    private static final Set<String> ACTOR_KEYS = Set.of("id", "name", "nameEn", "kind", "aliases", "patterns");

    private final String origin;

    CodebookReader(String origin) {
        this.origin = origin;
    }

    Codebook read(Node root) {
        YamlMap map = YamlMap.of(origin, "codebook", root);
        map.allowOnly(ROOT_KEYS);
        Node themes = map.node("themes").orElseThrow(() -> map.error(map.line(), "themes", "is missing"));
        List<Theme> themeList = entries(map, "themes", themes, "theme", this::theme);
        if (themeList.isEmpty()) {
            throw map.error(themes, "themes", "must list at least one theme");
        }
        List<Actor> actorList = map.node("actors")
                .map(actors -> entries(map, "actors", actors, "actor", this::actor))
                .orElse(List.of());
        return new Codebook(themeList, actorList);
    }

    /** Reads each element of a list, refusing a second use of an id. */
    private <T> List<T> entries(YamlMap parent, String key, Node list, String what,
            BiFunction<YamlMap, String, T> reader) {
        if (!(list instanceof SequenceNode sequence)) {
            throw parent.error(list, key, "must be a list");
        }
        List<T> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node element : sequence.getValue()) {
            YamlMap entry = YamlMap.of(origin, what + " #" + (out.size() + 1), element);
            YamlMap.Scalar id = entry.text("id");
            Integer first = seen.putIfAbsent(id.value(), id.line());
            if (first != null) {
                throw entry.ownedBy(what + " '" + id.value() + "'")
                        .error(id.line(), "id", "duplicates the " + what + " on line " + first);
            }
            out.add(reader.apply(entry, id.value()));
        }
        return out;
    }

    private Theme theme(YamlMap raw, String id) {
        YamlMap map = named(raw, "theme", id);
        map.allowOnly(THEME_KEYS);
        List<String> sections = regexes(map, "sections");
        List<String> keywords = stems(map, "keywords");
        List<String> patterns = regexes(map, "patterns");
        if (sections.isEmpty() && keywords.isEmpty() && patterns.isEmpty()) {
            throw map.error(map.line(), "keywords", "is missing: a theme needs sections, keywords or patterns");
        }
        return new Theme(id, map.text("name").value(), map.text("nameEn").value(),
                map.text("description").value(), sections, keywords, patterns);
    }

    private Actor actor(YamlMap raw, String id) {
        YamlMap map = named(raw, "actor", id);
        map.allowOnly(ACTOR_KEYS);
        YamlMap.Scalar kind = map.text("kind");
        ActorKind actorKind = ActorKind.fromLabel(kind.value()).orElseThrow(() -> map.error(kind.line(), "kind",
                "'" + kind.value() + "' must be one of group, body, organisation, role, authority"));
        List<String> aliases = stems(map, "aliases");
        List<String> patterns = regexes(map, "patterns");
        if (aliases.isEmpty() && patterns.isEmpty()) {
            throw map.error(map.line(), "aliases", "is missing: an actor needs aliases or patterns");
        }
        String name = map.text("name").value();
        String nameEn = map.optionalText("nameEn").map(YamlMap.Scalar::value).orElse(name);
        return new Actor(id, name, nameEn, actorKind, aliases, patterns);
    }

    private static YamlMap named(YamlMap raw, String what, String id) {
        YamlMap map = raw.ownedBy(what + " '" + id + "'");
        if (!ID.matcher(id).matches()) {
            throw map.error(map.node("id").orElseThrow(), "id", "must be kebab-case ascii (a-z, 0-9 and -)");
        }
        return map;
    }

    private static List<String> stems(YamlMap map, String key) {
        List<String> out = new ArrayList<>();
        for (YamlMap.Scalar stem : map.list(key)) {
            String problem = Terms.stemProblem(stem.value()).orElse(null);
            if (problem != null) {
                throw map.error(stem.line(), key, problem);
            }
            out.add(stem.value());
        }
        return out;
    }

    private static List<String> regexes(YamlMap map, String key) {
        List<String> out = new ArrayList<>();
        for (YamlMap.Scalar regex : map.list(key)) {
            try {
                Terms.regex(regex.value());
            } catch (PatternSyntaxException e) {
                throw map.error(regex.line(), key, "has an invalid regex '" + regex.value() + "': " + e.getDescription());
            }
            out.add(regex.value());
        }
        return out;
    }
}
