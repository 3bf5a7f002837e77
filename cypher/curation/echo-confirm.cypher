// A person confirms an echo: the ECHOES between the two items is marked by 'manual' and confirmed, with the
// relation they chose; when the analysis no longer finds it, it is made again with the similarity and terms
// it had when confirmed (machine: false tells the two apart when it is undone).
// Parameters: $a, $b – item ids; $relation – agrees, contrasts, related or null; $similarity, $terms – as confirmed
MATCH (a:Item {id: $a}), (b:Item {id: $b})
OPTIONAL MATCH (a)-[found:ECHOES]-(b)
WITH a, b, collect(found) AS found
FOREACH (e IN found |
  SET e.machine = true, e.machineRelation = e.relation
  SET e.by = 'manual', e.confirmed = true, e.relation = coalesce($relation, e.relation))
FOREACH (_ IN CASE WHEN size(found) = 0 THEN [1] ELSE [] END |
  CREATE (a)-[:ECHOES {similarity: $similarity, terms: $terms, relation: $relation, by: 'manual', confirmed: true,
                       machine: false}]->(b))
RETURN count(*) AS applied
