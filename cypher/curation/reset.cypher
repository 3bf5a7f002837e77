// Takes the graph back to what the machine found, before the corrections in force are applied again (all in
// one transaction with them): every correction keeps what it replaced on the node (machine* properties) or moves
// it aside (REJECTED_ECHO), so nothing has to be re-extracted. Order matters: merges before speakers.
// Parameters: none
MATCH (i:Item) WHERE i.machineKind IS NOT NULL
SET i.kind = i.machineKind, i.kindBy = i.machineKindBy
REMOVE i.machineKind, i.machineKindBy, i:Finding:Quote:Opportunity:Challenge:Recommendation:Question:Observation
FOREACH (_ IN CASE WHEN i.kind = 'quote' THEN [1] ELSE [] END | SET i:Quote)
FOREACH (_ IN CASE WHEN i.kind <> 'quote' THEN [1] ELSE [] END | SET i:Finding)
FOREACH (_ IN CASE WHEN i.kind = 'opportunity' THEN [1] ELSE [] END | SET i:Opportunity)
FOREACH (_ IN CASE WHEN i.kind = 'challenge' THEN [1] ELSE [] END | SET i:Challenge)
FOREACH (_ IN CASE WHEN i.kind = 'recommendation' THEN [1] ELSE [] END | SET i:Recommendation)
FOREACH (_ IN CASE WHEN i.kind = 'question' THEN [1] ELSE [] END | SET i:Question)
FOREACH (_ IN CASE WHEN i.kind = 'observation' THEN [1] ELSE [] END | SET i:Observation);
MATCH (i:Item) WHERE i.machineThemes IS NOT NULL
CALL { WITH i MATCH (i)-[r:ABOUT]->() DELETE r }
CALL { WITH i UNWIND i.machineThemes AS m WITH i, split(m, '|') AS p MATCH (t:Theme {id: p[0]})
       CREATE (i)-[:ABOUT {weight: toFloat(p[1]), by: p[2]}]->(t) }
REMOVE i.machineThemes;
MATCH (i:Item) WHERE i.machineActors IS NOT NULL
CALL { WITH i MATCH (i)-[r:MENTIONS]->() DELETE r }
CALL { WITH i UNWIND i.machineActors AS m WITH i, split(m, '|') AS p MATCH (a:Actor {id: p[0]})
       CREATE (i)-[:MENTIONS {weight: toFloat(p[1]), by: p[2]}]->(a) }
REMOVE i.machineActors;
MATCH (q:Item)-[r:SAID_BY]->(:Person) WHERE r.mergedFrom IS NOT NULL
MERGE (old:Person {name: r.mergedFrom})
CREATE (q)-[back:SAID_BY]->(old)
SET back.by = r.mergedBy
DELETE r;
MATCH (p:Person)-[b:BELONGS_TO {by: 'manual'}]->() DELETE b;
MATCH (p:Person) WHERE p.mergedAliases IS NOT NULL OR p.mergedInto IS NOT NULL
WITH p, [a IN coalesce(p.aliases, []) WHERE NOT a IN coalesce(p.mergedAliases, [])] AS aliases
SET p.aliases = CASE WHEN size(aliases) > 0 THEN aliases END
REMOVE p.mergedAliases, p.mergedInto;
MATCH (q:Item) WHERE q.machineSpeakers IS NOT NULL
CALL { WITH q MATCH (q)-[r:SAID_BY {by: 'manual'}]->(:Person) DELETE r }
CALL { WITH q UNWIND q.machineSpeakers AS name MERGE (p:Person {name: name}) CREATE (q)-[:SAID_BY]->(p) }
REMOVE q.machineSpeakers;
MATCH (p:Person {by: 'manual'}) WHERE NOT (p)<-[:SAID_BY]-()
DETACH DELETE p;
MATCH ()-[e:ECHOES {by: 'manual'}]->() WHERE e.machine = false
DELETE e;
MATCH ()-[e:ECHOES {by: 'manual'}]->()
SET e.relation = e.machineRelation
REMOVE e.by, e.confirmed, e.machine, e.machineRelation;
MATCH (a:Item)-[x:REJECTED_ECHO]->(b:Item)
CALL { WITH a, b, x WITH a, b, x WHERE NOT (a)-[:ECHOES]-(b)
       CREATE (a)-[e:ECHOES]->(b) SET e = properties(x) REMOVE e.by }
DELETE x
