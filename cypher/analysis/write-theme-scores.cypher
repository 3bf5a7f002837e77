// Writes analysis results onto themes so that Cypher and the web view use the same numbers.
// Parameters: $scores – list of {id, degree, weightedDegree, betweenness, pagerank, harmonic, community,
//             sources, sourceCount}
UNWIND $scores AS s
MATCH (n:Theme {id: s.id})
SET n.degree = s.degree, n.weightedDegree = s.weightedDegree, n.betweenness = s.betweenness,
    n.pagerank = s.pagerank, n.harmonic = s.harmonic, n.community = s.community,
    n.sources = s.sources, n.sourceCount = s.sourceCount
