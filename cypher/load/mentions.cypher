// Links items to the actors they mention: by = 'text' (the item's own words name the actor, weight 1.0) or
// 'section' (only the title of the item's section does: weaker, weight 0.5). An item mentions an actor once.
UNWIND $mentions AS m
MATCH (n:Item {id: m.item})
MATCH (a:Actor {id: m.actor})
CREATE (n)-[:MENTIONS {by: m.by, weight: m.weight}]->(a)
