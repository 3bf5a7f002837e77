// Source nodes of the network, with how many of the chosen items each has.
// Parameters: $sources – source ids, $kinds – item kinds
MATCH (s:Source)
WHERE s.id IN $sources
MATCH (i:Item {source: s.id})
WHERE i.kind IN $kinds
RETURN s.id AS key, s.publisher AS label, s.publisher AS labelEn, s.title AS description, [s.id] AS sources,
       count(i) AS items
ORDER BY key
