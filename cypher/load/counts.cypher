// Node counts per label and relationship counts per type, for the load summary (the record of the last
// analysis is not part of what a load writes).
CALL {
  MATCH (n) UNWIND labels(n) AS name WITH name WHERE name <> 'Analysis' RETURN 'node' AS what, name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN 'relationship' AS what, type(r) AS name, count(*) AS count
}
RETURN what, name, count ORDER BY what, name
