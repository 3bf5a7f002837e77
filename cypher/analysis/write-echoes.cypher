// Writes statement-level echoes between items of different sources.
// Parameters: $echoes – list of {from, to, similarity, terms}
UNWIND $echoes AS e
MATCH (a:Item {id: e.from})
MATCH (b:Item {id: e.to})
CREATE (a)-[:ECHOES {similarity: e.similarity, terms: e.terms}]->(b)
