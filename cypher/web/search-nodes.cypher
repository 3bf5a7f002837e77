// The themes and actors the given items are about or mention, with how many of the items hit each.
// Parameters: $ids – item ids
UNWIND $ids AS id
MATCH (i:Item {id: id})-[:ABOUT|MENTIONS]->(n)
WITH n, count(DISTINCT i) AS hits
RETURN CASE WHEN n:Theme THEN 'theme' ELSE 'actor' END AS type, n.id AS key, n.name AS label,
       coalesce(n.nameEn, n.name) AS labelEn, hits
ORDER BY hits DESC, type, key
