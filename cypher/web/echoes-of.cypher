// The echoes (similar items across sources) with at least one end among the given items, strongest first.
// Parameters: $ids – item ids
MATCH (a:Item)-[e:ECHOES]->(b:Item)
WHERE a.id IN $ids OR b.id IN $ids
RETURN a.id AS a, b.id AS b, e.similarity AS similarity, e.cosine AS cosine, e.themeFactor AS themeFactor,
       e.terms AS terms, e.relation AS relation, e.basis AS basis
ORDER BY similarity DESC, a, b
