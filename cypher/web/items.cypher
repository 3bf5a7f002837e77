// Items by id, with section, themes, actors and who said them (quotes), for lists and detail panels;
// kindBy says why the item has its kind (heading, label, lead-in, cue, template, quote, default); actors are those
// the item's own words name (MENTIONS by 'text') or a person set (by 'manual'), actorsBySection those only its section title names.
// Parameters: $ids – item ids
UNWIND $ids AS id
MATCH (i:Item {id: id})-[:IN_SECTION]->(s:Section)
OPTIONAL MATCH (i)-[:ABOUT]->(t:Theme)
WITH i, s, t ORDER BY t.id
WITH i, s, collect(t.id) AS themes
OPTIONAL MATCH (i)-[m:MENTIONS]->(a:Actor)
WITH i, s, themes, m, a ORDER BY a.id
WITH i, s, themes, [x IN collect({id: a.id, by: m.by}) WHERE x.by IN ['text', 'manual'] | x.id] AS actors,
     [x IN collect({id: a.id, by: m.by}) WHERE x.by = 'section' | x.id] AS actorsBySection
OPTIONAL MATCH (i)-[:SAID_BY]->(who)
OPTIONAL MATCH (who)-[:BELONGS_TO]->(o:Organisation)
WITH i, s, themes, actors, actorsBySection, who, o ORDER BY who:Role, who.name
WITH i, s, themes, actors, actorsBySection,
     collect(CASE WHEN who IS NULL THEN null
             ELSE {name: who.name, type: CASE WHEN who:Person THEN 'person' ELSE 'role' END, organisation: o.name} END) AS speakers
RETURN i.id AS id, i.kind AS kind, i.kindBy AS kindBy, i.source AS source, s.title AS section, i.text AS text, i.line AS line,
       i.lineTo AS lineTo, i.page AS page, i.file AS file, themes, actors,
       actorsBySection, speakers
ORDER BY source, line, id
