// Every item with what the echo finder needs: id, source, kind, text, themes, provenance.
// Parameters: none
MATCH (i:Item)-[:IN_SECTION]->(s:Section)
OPTIONAL MATCH (i)-[:ABOUT]->(t:Theme)
WITH i, s, t ORDER BY t.id
RETURN i.id AS id, i.source AS source, i.file AS file, s.title AS section, i.kind AS kind, i.text AS text,
       [x IN collect(t.id) WHERE x IS NOT NULL] AS themes, i.line AS line,
       coalesce(i.lineTo, i.line) AS lineTo, coalesce(i.page, 0) AS page
ORDER BY id
