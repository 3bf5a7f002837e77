// Links items to the actors their text mentions.
UNWIND $mentions AS m
MATCH (n:Item {id: m.item})
MATCH (a:Actor {id: m.actor})
CREATE (n)-[:MENTIONS]->(a)
