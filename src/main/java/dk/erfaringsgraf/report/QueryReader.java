package dk.erfaringsgraf.report;

import dk.erfaringsgraf.graph.QueryResult;
import java.util.Map;

/** Runs one read query: {@code GraphStore::read}, or a stand-in in tests that need no database. */
@FunctionalInterface
interface QueryReader {

    QueryResult read(String cypher, Map<String, Object> params);
}
