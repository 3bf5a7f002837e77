// Creates a source node and its sections (each section PART_OF the source).
CREATE (s:Source)
SET s = $source
WITH s
UNWIND $sections AS sec
CREATE (:Section {id: sec.id, title: sec.title, order: sec.order})-[:PART_OF]->(s)
