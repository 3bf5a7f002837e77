// Replaces the ECHOES of an earlier analysis with the new ones, in one transaction.
// Parameters: $echoes – list of {from, to, similarity, terms}
MATCH ()-[old:ECHOES]->()
DELETE old;
UNWIND $echoes AS e
MATCH (a:Item {id: e.from})
MATCH (b:Item {id: e.to})
CREATE (a)-[:ECHOES {similarity: e.similarity, terms: e.terms}]->(b)
