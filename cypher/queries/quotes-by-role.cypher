// Hvad siger personer i en given rolle, på tværs af kilderne? / What do speakers in a given role say, across the sources?
// Parameters: $role – part of a role name, case ignored (kommunaldirektør)
// da: Kun citater tilskrevet en trykt rolle (KL's informanter, Sorøs »forælder«); Kommunaldirektørforeningen
// citerer navngivne personer uden rolle, så de findes med person-quotes.cypher i stedet.
// en: Only quotes attributed to a printed role (KL's informants, Sorø's "forælder"); Kommunaldirektørforeningen
// quotes named people without a role, so they are found with person-quotes.cypher instead.
MATCH (q:Quote)-[:SAID_BY]->(r:Role)
WHERE toLower(r.name) CONTAINS toLower($role)
MATCH (q)-[:IN_SECTION]->(s:Section)
RETURN r.name AS role, q.source AS source, s.title AS section, q.id AS id, q.line AS line, q.text AS text
ORDER BY source, line, id
