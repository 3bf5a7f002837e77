// Hvilke udfordringer adresseres ikke af nogen anbefaling? / Which challenges does no recommendation address?
// Parameters: none
// da: En udfordring tæller som besvaret, når en anbefaling fra dens kilde har en ADDRESSES-forbindelse til den.
// en: A challenge counts as addressed when a recommendation of its source has an ADDRESSES link to it.
MATCH (c:Challenge)-[:IN_SECTION]->(s:Section)
WHERE NOT (c)<-[:ADDRESSES]-(:Recommendation)
RETURN c.source AS source, s.title AS section, c.id AS id, c.line AS line, c.text AS text
ORDER BY source, line, id
