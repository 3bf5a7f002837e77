// Links recommendations to the challenges of the same source they address, with a score 0..1.
UNWIND $links AS l
MATCH (r:Recommendation {id: l.recommendation})
MATCH (c:Challenge {id: l.challenge})
CREATE (r)-[:ADDRESSES {score: l.score}]->(c)
