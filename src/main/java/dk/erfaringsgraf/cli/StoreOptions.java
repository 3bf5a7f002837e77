package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.graph.StoreConfig;
import dk.erfaringsgraf.ingest.InputException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the graph lives, shared by load, query and serve: embedded Neo4j in a data folder with Bolt on
 * 127.0.0.1 (default; its password is generated into the folder), or any Neo4j server by URI (--neo4j or
 * NEO4J_URI, with NEO4J_USER or --neo4j-user, NEO4J_PASSWORD or --neo4j-password-file, NEO4J_DATABASE).
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
                    + "neo4j+s://… (default: $NEO4J_URI if set). Credentials from NEO4J_USER and NEO4J_PASSWORD "
                    + "(or the two options below), database from NEO4J_DATABASE.")
    String neo4j;

    @Option(names = "--neo4j-user", paramLabel = "USER",
            description = "User for --neo4j (default: $NEO4J_USER).")
    String neo4jUser;

    @Option(names = "--neo4j-password-file", paramLabel = "FILE",
            description = "File holding the password for --neo4j (default: $NEO4J_PASSWORD), e.g. another "
                    + "instance's <data>/bolt-password; a file keeps the password off the command line.")
    Path neo4jPasswordFile;

    StoreConfig config() {
        return config(System.getenv());
    }

    StoreConfig config(Map<String, String> env) {
        String uri = neo4j != null ? neo4j : blankToNull(env.get("NEO4J_URI"));
        if (uri == null) {
            return new StoreConfig(dataDir, boltPort, null, null, null, null);
        }
        URI parsed = parse(uri);
        String user = neo4jUser != null ? neo4jUser : blankToNull(env.get("NEO4J_USER"));
        String password = neo4jPasswordFile != null ? readPassword(neo4jPasswordFile) : env.get("NEO4J_PASSWORD");
        return new StoreConfig(dataDir, boltPort, parsed, user, password, blankToNull(env.get("NEO4J_DATABASE")));
    }

    private static String readPassword(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new InputException("--neo4j-password-file " + file + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    private static URI parse(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (parsed.getScheme() == null || !parsed.getScheme().matches("bolt|bolt\\+s|bolt\\+ssc|neo4j|neo4j\\+s|neo4j\\+ssc")) {
                throw new IllegalArgumentException("scheme must be bolt, neo4j, neo4j+s, …");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new InputException("--neo4j " + uri + ": not a Neo4j URI (" + e.getMessage() + ")");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
