// Theme × source: how many items of a kind (or of any kind) each source has about each theme; rows with theme
// null count each source's items of that kind with at least one theme (the denominators of shares and residuals).
// Parameters: $kind – item kind, or null for all kinds
CALL {
  MATCH (t:Theme)
  OPTIONAL MATCH (t)<-[:ABOUT]-(i:Item)
  WHERE $kind IS NULL OR i.kind = $kind
  RETURN t.id AS theme, t.name AS label, t.nameEn AS labelEn, i.source AS source, count(DISTINCT i) AS items
  UNION ALL
  MATCH (i:Item)
  WHERE ($kind IS NULL OR i.kind = $kind) AND (i)-[:ABOUT]->(:Theme)
  RETURN null AS theme, null AS label, null AS labelEn, i.source AS source, count(i) AS items
}
RETURN theme, label, labelEn, source, items
ORDER BY theme, source
