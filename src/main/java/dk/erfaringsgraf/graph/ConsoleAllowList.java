package dk.erfaringsgraf.graph;

import dk.erfaringsgraf.graph.ConsoleRefusal.Reason;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Session;

/**
 * The procedures and SHOW commands the console runs: the read procedures analysts need to find their way
 * in the graph and its full-text index, and the SHOW commands that list the schema and what can be called.
 * Everything else is refused with its reason: a procedure's mode (READ is not enough: several READ
 * procedures leak other clients' data or disturb the server) or what the command would expose.
 */
final class ConsoleAllowList {

    static final Set<String> PROCEDURES = Set.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
            "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships");

    /** SHOW commands by their EXPLAIN operator. */
    static final Set<String> COMMANDS = Set.of("ShowIndexes", "ShowConstraints", "ShowProcedures", "ShowFunctions");

    /** Why a procedure of mode READ is still refused, by name prefix (the first that matches). */
    private static final List<Map.Entry<String, String>> PROCEDURE_REASONS = List.of(
            Map.entry("db.stats.", "collects and hands out the queries of every client"),
            Map.entry("db.prepareForReplanning", "clears the query caches of every client"),
            Map.entry("db.resample", "makes the server resample index statistics"),
            Map.entry("db.awaitIndex", "holds a server thread while indexes come online"),
            Map.entry("db.clearQueryCaches", "clears the query caches of every client"),
            Map.entry("dbms.", "reads or changes the server (configuration, connections, queries)"),
            Map.entry("tx.", "changes the transaction of the console"));

    /** Why a SHOW command is refused, by the word that names what it shows. */
    private static final Map<String, String> COMMAND_REASONS = Map.of(
            "SETTING", "lists the server's configuration (file paths, memory and security settings)",
            "TRANSACTION", "lists other clients' queries with their parameters",
            "SERVER", "lists the servers and their addresses",
            "DATABASE", "lists the databases with their addresses and store details",
            "ALIAS", "lists the database aliases and their targets",
            "USER", "lists users", "ROLE", "lists roles", "PRIVILEGE", "lists privileges",
            "CURRENT", "shows the session's user");

    private final ProcedureModes modes = new ProcedureModes();

    /** @throws ConsoleRefusal (procedure) naming the first procedure not on the list, and why */
    void requireProcedures(Collection<String> names, Session session) {
        for (String name : names) {
            if (!PROCEDURES.contains(name)) {
                throw new ConsoleRefusal(Reason.PROCEDURE, "procedure " + name + " " + why(name, session)
                        + "; the console runs only " + String.join(", ", PROCEDURES.stream().sorted().toList()));
            }
        }
    }

    private String why(String name, Session session) {
        for (Map.Entry<String, String> reason : PROCEDURE_REASONS) {
            if (name.startsWith(reason.getKey())) {
                return reason.getValue();
            }
        }
        String mode = modes.mode(name, session);
        return mode == null ? "does not exist" : mode.equals("READ") ? "is not on the console's list" : "has mode " + mode;
    }

    /**
     * @param words the words of a SHOW command after SHOW, upper case ("ALL", "INDEXES"), as typed
     * @throws ConsoleRefusal (command) when it shows anything but indexes, constraints, procedures or functions
     */
    static void requireShown(List<String> words) {
        for (String word : words) {
            String noun = singular(word);
            if (Set.of("INDEX", "CONSTRAINT", "PROCEDURE", "FUNCTION").contains(noun)) {
                return;
            }
            if (COMMAND_REASONS.containsKey(noun)) {
                throw refusedCommand("SHOW " + String.join(" ", words), COMMAND_REASONS.get(noun));
            }
        }
        throw refusedCommand("SHOW " + String.join(" ", words), "is not on the console's list");
    }

    /** INDEXES → INDEX, SETTINGS → SETTING, ALIASES → ALIAS; other words stay as they are. */
    private static String singular(String word) {
        for (String ending : List.of("ES", "S")) {
            String stem = word.substring(0, word.length() - (word.endsWith(ending) ? ending.length() : 0));
            if (!stem.equals(word) && (COMMAND_REASONS.containsKey(stem)
                    || Set.of("INDEX", "CONSTRAINT", "PROCEDURE", "FUNCTION").contains(stem))) {
                return stem;
            }
        }
        return word;
    }

    /** The EXPLAIN plan's word: a Show… operator not on the list is refused whatever the text looked like. */
    static void requireOperator(String operator) {
        if (operator.startsWith("Show") && !COMMANDS.contains(operator)) {
            String noun = singular(operator.substring(4).toUpperCase(java.util.Locale.ROOT));
            throw refusedCommand(operator, COMMAND_REASONS.getOrDefault(noun, "is not on the console's list"));
        }
    }

    private static ConsoleRefusal refusedCommand(String command, String reason) {
        return new ConsoleRefusal(Reason.COMMAND, command + " " + reason
                + "; the console shows only indexes, constraints, procedures and functions");
    }
}
