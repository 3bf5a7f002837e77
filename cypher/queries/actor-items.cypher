// Hvad siges der om og af en aktør i alle kilder? / What is said about and by an actor, across the sources?
// Parameters: $actor – actor id from the codebook, e.g. kriseberedskab or jobbanken (corona-gruppe)
// da: Udsagn og citater, der nævner aktøren; by siger hvordan: 'text' (udsagnets egne ord nævner den) eller
// 'section' (kun titlen på afsnittet, det står i, gør, fx Sorøs »Jobbanken – udsendte medarbejdere«).
// speaker er den citerede person, ellers rollen, for citater, der angiver en.
// en: Findings and quotes that mention the actor; by says how: 'text' (the item's own words name it) or 'section'
// (only the title of the section it stands in does, e.g. Sorø's "Jobbanken – udsendte medarbejdere").
// speaker is the quoted person, else the role, for quotes that print one.
MATCH (:Actor {id: $actor})<-[m:MENTIONS]-(i:Item)-[:IN_SECTION]->(s:Section)
RETURN i.source AS source, s.title AS section, i.kind AS kind, i.id AS id, i.line AS line, m.by AS by, i.text AS text,
       head([(i)-[:SAID_BY]->(p:Person) | p.name] + [(i)-[:SAID_BY]->(r:Role) | r.name]) AS speaker
ORDER BY source, line, id
