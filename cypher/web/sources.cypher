// The sources with their item counts, for the explorer's filters and legend.
// Parameters: none
MATCH (s:Source)
OPTIONAL MATCH (i:Item {source: s.id})
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.year AS year, s.kind AS kind, count(i) AS items
ORDER BY id
