// Theme–source bipartite projection: a source and a theme are linked by the items of the source about the
// theme, weighted by their number.
// Parameters: none
MATCH (i:Item)-[:ABOUT]->(t:Theme)
RETURN i.source AS source, t.id AS theme, count(i) AS weight
ORDER BY source, theme
