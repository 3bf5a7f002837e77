package dk.erfaringsgraf.graph;

import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * The mode (READ, WRITE, SCHEMA or DBMS) of every procedure the database has, read once with
 * {@code SHOW PROCEDURES}, to say why the console refuses one (db.createLabel is WRITE, db.clearQueryCaches
 * and dbms.killConnections are DBMS); which ones it runs is {@link ConsoleAllowList}'s decision.
 */
final class ProcedureModes {

    private volatile Map<String, String> modes;

    /** The procedure's mode, or null when there is no such procedure. */
    String mode(String name, Session session) {
        return modes(session).get(name);
    }

    /** Loaded on first use; two threads may both load it, which is harmless. */
    private Map<String, String> modes(Session session) {
        Map<String, String> known = modes;
        if (known == null) {
            Map<String, String> read = new HashMap<>();
            session.run("SHOW PROCEDURES YIELD name, mode")
                    .forEachRemaining(r -> read.put(r.get("name").asString(), r.get("mode").asString()));
            known = Map.copyOf(read);
            modes = known;
        }
        return known;
    }
}
