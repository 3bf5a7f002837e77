// A person sets the themes of an item: ABOUT links to themes no longer listed go, listed themes it lacked get
// ABOUT {weight: 1.0, by: 'manual'}; links the machine made to listed themes stay as they were. The machine's
// links are kept on the item (machineThemes, "theme|weight|by") to go back to.
// Parameters: $item – item id; $ids – every theme id the item is about
MATCH (i:Item {id: $item})
OPTIONAL MATCH (i)-[r:ABOUT]->(t:Theme)
WITH i, collect(t.id + '|' + toString(r.weight) + '|' + r.by) AS current, collect(r) AS links
SET i.machineThemes = coalesce(i.machineThemes, current)
FOREACH (r IN [l IN links WHERE NOT endNode(l).id IN $ids] | DELETE r)
WITH i
OPTIONAL MATCH (t:Theme) WHERE t.id IN $ids
WITH i, collect(t) AS themes
FOREACH (t IN themes | MERGE (i)-[r:ABOUT]->(t) ON CREATE SET r.weight = 1.0, r.by = 'manual')
RETURN count(i) AS applied
