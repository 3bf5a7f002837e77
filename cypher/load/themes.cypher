// Upserts the codebook's themes.
UNWIND $themes AS t
MERGE (n:Theme {id: t.id})
SET n.name = t.name, n.nameEn = t.nameEn, n.description = t.description
