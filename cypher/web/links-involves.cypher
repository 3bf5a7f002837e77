// Actor–theme links: how many of the chosen items name the actor in their own words and are about the theme
// (section mentions make no link, as in analysis/actor-theme.cypher).
// Parameters: $sources – source ids, $kinds – item kinds
MATCH (a:Actor)<-[m:MENTIONS]-(i:Item)-[:ABOUT]->(t:Theme)
WHERE m.by IN ['text', 'manual'] AND i.source IN $sources AND i.kind IN $kinds
RETURN 'actor:' + a.id AS source, 'theme:' + t.id AS target, 'involves' AS type, count(DISTINCT i) AS weight
ORDER BY source, target
