// What a correction of an item replaces: its kind, every theme and actor it is linked to, and the people said
// to have said it (a quote), as the graph holds them now.
// Parameters: $item – item id
MATCH (i:Item {id: $item})
CALL { WITH i OPTIONAL MATCH (i)-[:ABOUT]->(t:Theme) WITH t ORDER BY t.id RETURN collect(t.id) AS themes }
CALL { WITH i OPTIONAL MATCH (i)-[:MENTIONS]->(a:Actor) WITH a ORDER BY a.id RETURN collect(a.id) AS actors }
CALL { WITH i OPTIONAL MATCH (i)-[:SAID_BY]->(p:Person) WITH p ORDER BY p.name RETURN collect(p.name) AS people }
RETURN i.id AS id, i.kind AS kind, i:Quote AS quote, themes, actors, people
