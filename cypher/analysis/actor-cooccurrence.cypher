// Actor co-occurrence: pairs of actors mentioned by the same item, weighted by the number of such items.
// Parameters: none
MATCH (a1:Actor)<-[:MENTIONS]-(i:Item)-[:MENTIONS]->(a2:Actor)
WHERE a1.id < a2.id
RETURN a1.id AS a, a2.id AS b, count(DISTINCT i) AS weight
ORDER BY a, b
