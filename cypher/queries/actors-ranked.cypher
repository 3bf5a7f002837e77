// Hvilke aktører nævnes i flest kilder og udsagn? / Which actors are mentioned in the most sources and items?
// Parameters: none
// Every codebook actor, also those never mentioned; mentions counts items, not occurrences within an item.
MATCH (a:Actor)
OPTIONAL MATCH (a)<-[:MENTIONS]-(i:Item)
WITH a, count(DISTINCT i.source) AS sources, count(DISTINCT i) AS mentions
RETURN a.id AS actor, a.name AS name, a.kind AS kind, sources, mentions
ORDER BY sources DESC, mentions DESC, actor
