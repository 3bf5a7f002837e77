// Citater med taler og herkomst / Quotes with speaker and provenance
// Parameters: none
// Every quote once; person, role and organisation are null where the report prints none.
// Column: source (string) – source id
// Column: section (string) – the section title as printed
// Column: file (string) – the file the quote was read from
// Column: line (int) – its first line in that file
// Column: id (string) – quote id (source:line)
// Column: person (string) – the named speaker
// Column: role (string) – the speaker's role
// Column: organisation (string) – the named speaker's organisation
// Column: text (string) – what was said
MATCH (q:Quote)-[:IN_SECTION]->(s:Section)
OPTIONAL MATCH (q)-[:SAID_BY]->(p:Person)
OPTIONAL MATCH (p)-[:BELONGS_TO]->(o:Organisation)
OPTIONAL MATCH (q)-[:SAID_BY]->(r:Role)
WITH q, s, min(p.name) AS person, min(r.name) AS role, min(o.name) AS organisation
RETURN q.source AS source, s.title AS section, q.file AS file, q.line AS line, q.id AS id, person, role,
       organisation, q.text AS text
ORDER BY source, line, id
