package dk.erfaringsgraf.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/** Driver values as plain Java values (see {@link QueryResult}), so nothing outside graph sees the driver. */
final class Values {

    private Values() {
    }

    static Object plain(Value value) {
        TypeSystem type = TypeSystem.getDefault();
        if (value.isNull()) {
            return null;
        }
        if (value.hasType(type.NODE())) {
            return node(value.asNode());
        }
        if (value.hasType(type.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        }
        if (value.hasType(type.PATH())) {
            return path(value.asPath());
        }
        if (value.hasType(type.LIST())) {
            return value.asList(Values::plain);
        }
        if (value.hasType(type.MAP())) {
            Map<String, Object> out = new LinkedHashMap<>();
            value.keys().forEach(k -> out.put(k, plain(value.get(k))));
            return out;
        }
        if (value.hasType(type.INTEGER()) || value.hasType(type.FLOAT()) || value.hasType(type.BOOLEAN())
                || value.hasType(type.STRING())) {
            return value.asObject();
        }
        return value.toString();
    }

    private static Map<String, Object> node(Node node) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        out.put("_id", node.elementId());
        out.put("_labels", labels);
        node.keys().forEach(k -> out.put(k, plain(node.get(k))));
        return out;
    }

    private static Map<String, Object> relationship(Relationship r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_id", r.elementId());
        out.put("_type", r.type());
        out.put("_start", r.startNodeElementId());
        out.put("_end", r.endNodeElementId());
        r.keys().forEach(k -> out.put(k, plain(r.get(k))));
        return out;
    }

    private static List<Object> path(Path path) {
        List<Object> out = new ArrayList<>();
        out.add(node(path.start()));
        for (Path.Segment s : path) {
            out.add(relationship(s.relationship()));
            out.add(node(s.end()));
        }
        return out;
    }
}
