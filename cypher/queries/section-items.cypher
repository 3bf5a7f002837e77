// Hvilke udsagn står i et afsnit? / Which items does a section hold?
// Parameters: $section – section id: source id and position, as source-sections.cypher lists them (soroe-2020/2)
// da: Afsnittets udsagn og citater i den rækkefølge, de står i kilden; speaker er den citerede person, ellers
// rollen, for citater, der angiver en.
// en: The section's findings and quotes in the order they stand in the source; speaker is the quoted person, else
// the role, for quotes that print one.
MATCH (:Section {id: $section})<-[:IN_SECTION]-(i:Item)
RETURN i.id AS id, i.kind AS kind, i.line AS line, i.text AS text,
       head([(i)-[:SAID_BY]->(p:Person) | p.name] + [(i)-[:SAID_BY]->(r:Role) | r.name]) AS speaker
ORDER BY line, id
