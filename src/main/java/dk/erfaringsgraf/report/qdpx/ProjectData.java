package dk.erfaringsgraf.report.qdpx;

import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.graph.QueryResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a REFI-QDA project is made of, read from the graph by the {@code cypher/export/qdpx-*.cypher} files:
 * sources with their files, themes and actors (codes), items with provenance and codes, and speakers.
 */
record ProjectData(List<Source> sources, List<Code> themes, List<Code> actors, List<Item> items,
                   List<Speaker> speakers) {

    ProjectData {
        sources = List.copyOf(sources);
        themes = List.copyOf(themes);
        actors = List.copyOf(actors);
        items = List.copyOf(items);
        speakers = List.copyOf(speakers);
    }

    /** A report; {@code hashes[i]} is the SHA-256 of {@code files[i]} as loaded (empty if the load kept none). */
    record Source(String id, String title, String publisher, String year, List<String> files, List<String> hashes) {
    }

    /** A theme or actor; {@code detail} is the English name of a theme or the kind of an actor. */
    record Code(String id, String name, String detail, String description) {
    }

    /** A code on an item and why it is there (section, keyword, text, manual). */
    record Link(String id, String by) {
    }

    /** An item with its exact line range {@code line..lineTo} in {@code file}. */
    record Item(String id, String source, String file, String kind, int line, int lineTo, String text,
                List<Link> themes, List<Link> actors) {
    }

    /** A person or role, the organisations printed with a person, and the ids of the quotes they said. */
    record Speaker(String type, String name, List<String> organisations, List<String> quotes) {
    }

    static ProjectData read(GraphStore store) {
        return new ProjectData(
                rows(store, "export/qdpx-sources", r -> new Source(text(r, 0), text(r, 1), text(r, 2), text(r, 3),
                        strings(r.get(4)), strings(r.get(5)))),
                rows(store, "export/qdpx-themes", r -> new Code(text(r, 0), text(r, 1), text(r, 2), text(r, 3))),
                rows(store, "export/qdpx-actors", r -> new Code(text(r, 0), text(r, 1), text(r, 2), null)),
                rows(store, "export/qdpx-items", r -> new Item(text(r, 0), text(r, 1), text(r, 2), text(r, 3),
                        number(r, 4), number(r, 5), text(r, 6), links(r.get(7)), links(r.get(8)))),
                rows(store, "export/qdpx-speakers", r -> new Speaker(text(r, 0), text(r, 1), strings(r.get(2)),
                        strings(r.get(3)))));
    }

    private static <T> List<T> rows(GraphStore store, String file, Function<List<Object>, T> row) {
        QueryResult result = store.readFile(file, Map.of());
        return result.rows().stream().map(row).toList();
    }

    private static String text(List<Object> row, int column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    private static int number(List<Object> row, int column) {
        return ((Number) row.get(column)).intValue();
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }

    private static List<Link> links(Object value) {
        List<Link> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object pair : list) {
                List<?> p = (List<?>) pair;
                out.add(new Link(String.valueOf(p.get(0)), p.get(1) == null ? null : String.valueOf(p.get(1))));
            }
        }
        return out;
    }
}
