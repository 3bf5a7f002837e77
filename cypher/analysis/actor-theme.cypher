// Actor–theme bipartite projection: an actor and a theme are linked by the items that mention the actor
// and are about the theme, weighted by their number.
// Parameters: none
MATCH (a:Actor)<-[:MENTIONS]-(i:Item)-[:ABOUT]->(t:Theme)
RETURN a.id AS actor, t.id AS theme, count(DISTINCT i) AS weight
ORDER BY actor, theme
