// Hvad har en navngiven person sagt? / What has a named person said?
// Parameters: $person – part of the person's name, case ignored (Søren S. Kjær)
// da: En del af et navn kan passe på flere personer (»Stefan Birkebjerg« trykkes med og uden »Andersen«).
// en: A part of a name may match several people ("Stefan Birkebjerg" is printed with and without "Andersen").
MATCH (p:Person)<-[:SAID_BY]-(q:Quote)-[:IN_SECTION]->(s:Section)
WHERE toLower(p.name) CONTAINS toLower($person)
RETURN p.name AS person, head([(p)-[:BELONGS_TO]->(o:Organisation) | o.name]) AS organisation,
       q.source AS source, s.title AS section, q.id AS id, q.line AS line, q.text AS text
ORDER BY person, source, line, id
