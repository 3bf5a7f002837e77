// A person rejects an echo: the ECHOES between the two items is set aside as REJECTED_ECHO {by: 'manual', …its
// properties} (no query of ECHOES sees it; undoing puts it back). When the analysis does not find it, nothing
// is to be set aside, and the correction still counts as applied while both items exist.
// Parameters: $a, $b – item ids
MATCH (a:Item {id: $a}), (b:Item {id: $b})
CALL {
  WITH a, b
  MATCH (x:Item)-[e:ECHOES]->(y:Item)
  WHERE (x = a AND y = b) OR (x = b AND y = a)
  CREATE (x)-[r:REJECTED_ECHO]->(y)
  SET r = properties(e), r.by = 'manual'
  DELETE e
  RETURN count(*) AS rejected
}
RETURN count(*) AS applied
