// A person by name, with how many quotes they are said to have said.
// Parameters: $name – the person's name
MATCH (p:Person {name: $name})
RETURN p.name AS name, COUNT { (p)<-[:SAID_BY]-() } AS quotes
