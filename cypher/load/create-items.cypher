// Creates findings (with a second label by kind) and quotes, each IN_SECTION its section; all are :Item.
// line..lineTo is the item's exact range in its file's lines; page is set only for a paged form (PDF).
// kindBy says why the item has its kind (heading, label, lead-in, cue, template, quote, default).
UNWIND $items AS i
MATCH (section:Section {id: i.section})
CREATE (n:Item {id: i.id, kind: i.kind, kindBy: i.kindBy, text: i.text, line: i.line, lineTo: i.lineTo, page: i.page,
                 file: i.file, source: i.source})
CREATE (n)-[:IN_SECTION]->(section)
FOREACH (_ IN CASE WHEN i.kind = 'quote' THEN [1] ELSE [] END | SET n:Quote)
FOREACH (_ IN CASE WHEN i.kind <> 'quote' THEN [1] ELSE [] END | SET n:Finding)
FOREACH (_ IN CASE WHEN i.kind = 'opportunity' THEN [1] ELSE [] END | SET n:Opportunity)
FOREACH (_ IN CASE WHEN i.kind = 'challenge' THEN [1] ELSE [] END | SET n:Challenge)
FOREACH (_ IN CASE WHEN i.kind = 'recommendation' THEN [1] ELSE [] END | SET n:Recommendation)
FOREACH (_ IN CASE WHEN i.kind = 'question' THEN [1] ELSE [] END | SET n:Question)
FOREACH (_ IN CASE WHEN i.kind = 'observation' THEN [1] ELSE [] END | SET n:Observation)
