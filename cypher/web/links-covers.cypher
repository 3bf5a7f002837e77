// Source–theme links: how many of the source's chosen items are about the theme.
// Parameters: $sources – source ids, $kinds – item kinds
MATCH (i:Item)-[:ABOUT]->(t:Theme)
WHERE i.source IN $sources AND i.kind IN $kinds
RETURN 'source:' + i.source AS source, 'theme:' + t.id AS target, 'covers' AS type, count(i) AS weight
ORDER BY source, target
