// Theme co-occurrence: pairs of themes coded on the same item, weighted by the number of such items.
// Parameters: none
MATCH (t1:Theme)<-[:ABOUT]-(i:Item)-[:ABOUT]->(t2:Theme)
WHERE t1.id < t2.id
RETURN t1.id AS a, t2.id AS b, count(DISTINCT i) AS weight
ORDER BY a, b
