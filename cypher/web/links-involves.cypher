// Actor–theme links: how many of the chosen items mention the actor and are about the theme.
// Parameters: $sources – source ids, $kinds – item kinds
MATCH (a:Actor)<-[:MENTIONS]-(i:Item)-[:ABOUT]->(t:Theme)
WHERE i.source IN $sources AND i.kind IN $kinds
RETURN 'actor:' + a.id AS source, 'theme:' + t.id AS target, 'involves' AS type, count(DISTINCT i) AS weight
ORDER BY source, target
