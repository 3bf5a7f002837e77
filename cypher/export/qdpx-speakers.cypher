// Who said each quote: a named person (with the organisations printed beside the name, if any) or a role, with
// the quotes they said, for the REFI-QDA cases (one case per speaker, its selections the quotes).
// Parameters: none
MATCH (q:Quote)-[:SAID_BY]->(p)
WHERE p:Person OR p:Role
WITH p, q ORDER BY q.id
WITH p, collect(DISTINCT q.id) AS quotes
OPTIONAL MATCH (p)-[:BELONGS_TO]->(o:Organisation)
WITH p, quotes, o ORDER BY o.name
RETURN CASE WHEN p:Person THEN 'person' ELSE 'role' END AS type, p.name AS name, collect(o.name) AS organisations,
       quotes
ORDER BY type, name
