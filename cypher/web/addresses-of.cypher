// Which challenges the given recommendations address (or which recommendations address the given
// challenges), best match first.
// Parameters: $ids – item ids
MATCH (r:Recommendation)-[x:ADDRESSES]->(c:Challenge)
WHERE r.id IN $ids OR c.id IN $ids
RETURN r.id AS recommendation, c.id AS challenge, x.score AS score
ORDER BY recommendation, score DESC, challenge
