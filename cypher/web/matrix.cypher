// Theme × source: how many items of a kind (or of any kind) each source has about each theme.
// Parameters: $kind – item kind, or null for all kinds
MATCH (t:Theme)
OPTIONAL MATCH (t)<-[:ABOUT]-(i:Item)
WHERE $kind IS NULL OR i.kind = $kind
RETURN t.id AS theme, t.name AS label, t.nameEn AS labelEn, i.source AS source, count(DISTINCT i) AS items
ORDER BY theme, source
