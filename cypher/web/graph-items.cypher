// Item nodes of the full findings graph (only items coded with a theme or an actor, the ones that link).
// Parameters: $sources – source ids, $kinds – item kinds
MATCH (i:Item)
WHERE i.source IN $sources AND i.kind IN $kinds AND ((i)-[:ABOUT]->() OR (i)-[:MENTIONS]->())
RETURN i.id AS key, i.text AS label, i.text AS labelEn, i.kind AS kind, i.kindBy AS kindBy, [i.source] AS sources, 1 AS items
ORDER BY key
