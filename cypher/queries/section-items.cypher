// Hvilke udsagn står i et afsnit? / Which items does a section hold?
// Parameters: $section – section id: source id and position, as source-sections.cypher lists them (soroe-2020/2)
MATCH (:Section {id: $section})<-[:IN_SECTION]-(i:Item)
RETURN i.id AS id, i.kind AS kind, i.line AS line, i.text AS text,
       head([(i)-[:SAID_BY]->(p:Person) | p.name] + [(i)-[:SAID_BY]->(r:Role) | r.name]) AS speaker
ORDER BY line, id
