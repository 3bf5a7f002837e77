// Removes a source with its sections, items and their relationships. Themes, actors, people,
// organisations and roles are shared; orphans among them are removed by delete-orphans.cypher.
MATCH (s:Source {id: $id})
OPTIONAL MATCH (s)<-[:PART_OF]-(section:Section)
OPTIONAL MATCH (section)<-[:IN_SECTION]-(item:Item)
DETACH DELETE item, section, s
