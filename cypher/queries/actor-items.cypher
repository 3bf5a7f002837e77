// Hvad siges der om og af en aktør i alle kilder? / What is said about and by an actor, across the sources?
// Parameters: $actor – actor id from the codebook, e.g. kriseberedskab or jobbanken (corona-gruppe)
// Findings and quotes whose own words mention the actor (actors are never coded from the section title);
// speaker is the quoted person, else the role, for quotes that print one.
MATCH (:Actor {id: $actor})<-[:MENTIONS]-(i:Item)-[:IN_SECTION]->(s:Section)
RETURN i.source AS source, s.title AS section, i.kind AS kind, i.id AS id, i.line AS line, i.text AS text,
       head([(i)-[:SAID_BY]->(p:Person) | p.name] + [(i)-[:SAID_BY]->(r:Role) | r.name]) AS speaker
ORDER BY source, line, id
