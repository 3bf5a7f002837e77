// A person says who said a quote: its SAID_BY links to people are replaced by SAID_BY {by: 'manual'} to the named
// person (created, marked by 'manual', if the graph has no one of that name); a role stays. The machine's people
// are kept on the quote (machineSpeakers) to go back to.
// Parameters: $item – quote id; $person – the speaker's name
MATCH (q:Quote {id: $item})
OPTIONAL MATCH (q)-[r:SAID_BY]->(p:Person)
WITH q, collect(p.name) AS names, collect(r) AS links
SET q.machineSpeakers = coalesce(q.machineSpeakers, names)
FOREACH (r IN links | DELETE r)
MERGE (p:Person {name: $person}) ON CREATE SET p.by = 'manual'
CREATE (q)-[:SAID_BY {by: 'manual'}]->(p)
RETURN count(q) AS applied
