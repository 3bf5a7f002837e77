// Actor–theme bipartite projection: an actor and a theme are linked by the items that name the actor in their
// own words (MENTIONS by 'text', or 'manual' where a person set the actors) and are about the theme, weighted by their number. Section mentions make no
// link, as in actor-cooccurrence.cypher: a chapter titled with an actor is also mapped to its theme by the same
// title, so the link would repeat the title once per item.
// Parameters: none
MATCH (a:Actor)<-[m:MENTIONS]-(i:Item)-[:ABOUT]->(t:Theme)
WHERE m.by IN ['text', 'manual']
RETURN a.id AS actor, t.id AS theme, count(DISTINCT i) AS weight
ORDER BY actor, theme
