package dk.erfaringsgraf.graph;

import java.util.Map;

/** One statement file of {@code cypher/} with its parameters, a step of a larger write (see {@link GraphStore#curate}). */
public record CypherStep(String file, Map<String, Object> params) {

    public CypherStep {
        params = params == null ? Map.of() : params;
    }
}
