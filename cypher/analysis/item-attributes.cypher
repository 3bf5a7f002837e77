// Attributes of items, sources and speakers for the full graph export.
// Parameters: none
CALL {
  MATCH (i:Item) RETURN 'item:' + i.id AS key, i.kind AS type, i.id AS ref, left(i.text, 80) AS label, i.source AS source
  UNION ALL
  MATCH (s:Source) RETURN 'source:' + s.id AS key, 'source' AS type, s.id AS ref, s.title AS label, s.id AS source
  UNION ALL
  MATCH (p:Person) RETURN 'person:' + p.name AS key, 'person' AS type, p.name AS ref, p.name AS label, null AS source
  UNION ALL
  MATCH (r:Role) RETURN 'role:' + r.name AS key, 'role' AS type, r.name AS ref, r.name AS label, null AS source
}
RETURN key, type, ref, label, source
ORDER BY key
