package dk.erfaringsgraf.graph;

import dk.erfaringsgraf.graph.ConsoleRefusal.Reason;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * The mode (READ, WRITE, SCHEMA or DBMS) of every procedure the database has, read once with
 * {@code SHOW PROCEDURES}: the console runs only READ procedures, as the others change data, schema or
 * server (db.createLabel is WRITE, db.clearQueryCaches and dbms.killConnections are DBMS).
 */
final class ProcedureModes {

    private volatile Map<String, String> modes;

    /** @throws ConsoleRefusal (procedure) naming the first procedure that is unknown or not READ */
    void requireRead(Collection<String> names, Session session) {
        for (String name : names) {
            String mode = modes(session).get(name);
            if (mode == null) {
                throw new ConsoleRefusal(Reason.PROCEDURE, "there is no procedure " + name
                        + "; the console runs only READ procedures");
            }
            if (!mode.equals("READ")) {
                throw new ConsoleRefusal(Reason.PROCEDURE, "procedure " + name + " has mode " + mode
                        + "; the console runs only READ procedures");
            }
        }
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
