// Upserts the codebook's actors.
UNWIND $actors AS a
MERGE (n:Actor {id: a.id})
SET n.name = a.name, n.kind = a.kind
