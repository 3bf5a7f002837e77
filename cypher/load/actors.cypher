// Upserts the codebook's actors.
UNWIND $actors AS a
MERGE (n:Actor {id: a.id})
SET n.name = a.name, n.nameEn = a.nameEn, n.kind = a.kind
