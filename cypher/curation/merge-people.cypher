// A person says two people are one: every quote said by the first is said by the second instead (SAID_BY {by:
// 'manual', mergedFrom}), the second belongs to the first's organisations too (BELONGS_TO {by: 'manual'}) and
// takes the first's name and aliases as aliases. The first stays as a node without quotes (mergedInto), so the
// merge can be undone.
// Parameters: $from – the name merged away; $into – the name kept
MATCH (from:Person {name: $from}), (into:Person {name: $into})
WHERE from <> into
CALL {
  WITH from, into
  MATCH (q:Item)-[r:SAID_BY]->(from)
  CREATE (q)-[moved:SAID_BY {by: 'manual', mergedFrom: from.name}]->(into)
  SET moved.mergedBy = r.by
  DELETE r
  RETURN count(*) AS moved
}
CALL {
  WITH from, into
  MATCH (from)-[:BELONGS_TO]->(o:Organisation)
  MERGE (into)-[b:BELONGS_TO]->(o) ON CREATE SET b.by = 'manual'
  RETURN count(*) AS organisations
}
WITH from, into, [from.name] + coalesce(from.aliases, []) AS names
SET into.aliases = coalesce(into.aliases, []) + [n IN names WHERE NOT n IN coalesce(into.aliases, [])],
    into.mergedAliases = coalesce(into.mergedAliases, []) + names,
    from.mergedInto = into.name
RETURN count(*) AS applied
