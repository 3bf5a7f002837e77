// The echo between two items as the graph holds it now (either direction), or no row.
// Parameters: $a, $b – item ids
MATCH (x:Item)-[e:ECHOES]->(y:Item)
WHERE (x.id = $a AND y.id = $b) OR (x.id = $b AND y.id = $a)
RETURN e.similarity AS similarity, e.terms AS terms, e.relation AS relation, e.by AS by
LIMIT 1
