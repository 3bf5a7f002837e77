package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.graph.StoreConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the graph lives, shared by load, query and serve: embedded Neo4j in a data folder with Bolt on
 * 127.0.0.1 (default), or any Neo4j server by URI (--neo4j or NEO4J_URI, with NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_DATABASE).
 */
final class StoreOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = ".erfaringsgraf",
            description = "Folder of the embedded Neo4j database (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687",
            description = "Bolt port of the embedded Neo4j on 127.0.0.1, for cypher-shell or Neo4j Browser "
                    + "(default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--neo4j", paramLabel = "URI",
            description = "Use this Neo4j server instead of the embedded one: bolt://host:7687, neo4j://… or "
                    + "neo4j+s://… (default: $NEO4J_URI if set). Credentials from NEO4J_USER and NEO4J_PASSWORD, "
                    + "database from NEO4J_DATABASE.")
    String neo4j;

    StoreConfig config() {
        return config(System.getenv());
    }

    StoreConfig config(Map<String, String> env) {
        String uri = neo4j != null ? neo4j : blankToNull(env.get("NEO4J_URI"));
        if (uri == null) {
            return new StoreConfig(dataDir, boltPort, null, null, null, null);
        }
        URI parsed = parse(uri);
        return new StoreConfig(dataDir, boltPort, parsed, blankToNull(env.get("NEO4J_USER")),
                env.get("NEO4J_PASSWORD"), blankToNull(env.get("NEO4J_DATABASE")));
    }

    private static URI parse(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (parsed.getScheme() == null || !parsed.getScheme().matches("bolt|bolt\\+s|bolt\\+ssc|neo4j|neo4j\\+s|neo4j\\+ssc")) {
                throw new IllegalArgumentException("scheme must be bolt, neo4j, neo4j+s, …");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new dk.erfaringsgraf.ingest.InputException("--neo4j " + uri + ": not a Neo4j URI (" + e.getMessage() + ")");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
