// A person sets the actors of an item: MENTIONS links to actors no longer listed go, listed actors it lacked get
// MENTIONS {weight: 1.0, by: 'manual'}; links the machine made to listed actors stay as they were. The machine's
// links are kept on the item (machineActors, "actor|weight|by") to go back to.
// Parameters: $item – item id; $ids – every actor id the item mentions
MATCH (i:Item {id: $item})
OPTIONAL MATCH (i)-[r:MENTIONS]->(t:Actor)
WITH i, collect(t.id + '|' + toString(r.weight) + '|' + r.by) AS current, collect(r) AS links
SET i.machineActors = coalesce(i.machineActors, current)
FOREACH (r IN [l IN links WHERE NOT endNode(l).id IN $ids] | DELETE r)
WITH i
OPTIONAL MATCH (t:Actor) WHERE t.id IN $ids
WITH i, collect(t) AS actors
FOREACH (t IN actors | MERGE (i)-[r:MENTIONS]->(t) ON CREATE SET r.weight = 1.0, r.by = 'manual')
RETURN count(i) AS applied
