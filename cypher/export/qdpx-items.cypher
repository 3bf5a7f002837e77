// Every item with its provenance (file, line..lineTo) and its codes: the themes it is ABOUT and the actors it
// MENTIONS, each with why ('section', 'keyword', 'text', 'manual'), for the REFI-QDA coded selections.
// Parameters: none
MATCH (i:Item)
OPTIONAL MATCH (i)-[a:ABOUT]->(t:Theme)
WITH i, t, a ORDER BY t.id
WITH i, [x IN collect(CASE WHEN t IS NULL THEN null ELSE [t.id, a.by] END) WHERE x IS NOT NULL] AS themes
OPTIONAL MATCH (i)-[m:MENTIONS]->(x:Actor)
WITH i, themes, x, m ORDER BY x.id
RETURN i.id AS id, i.source AS source, i.file AS file, i.kind AS kind, i.line AS line,
       coalesce(i.lineTo, i.line) AS lineTo, i.text AS text, themes,
       [y IN collect(CASE WHEN x IS NULL THEN null ELSE [x.id, m.by] END) WHERE y IS NOT NULL] AS actors
ORDER BY file, line, id
