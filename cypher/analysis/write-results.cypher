// Writes the results of one analysis together, in one transaction: the scores onto themes and actors, the
// ECHOES in place of the earlier ones, and last the record of which load was analysed. A kill before the
// commit leaves the earlier analysis whole, and its record then names an older load, so it is redone.
// Parameters: $themes, $actors – lists of {id, degree, weightedDegree, betweenness, pagerank, harmonic,
//             community, sources, sourceCount}; $echoes – list of {from, to, similarity, cosine, themeFactor,
//             terms, relation, basis};
//             $loaded – the sources as analysed, as web/unanalysed.cypher lists them
UNWIND $themes AS s
MATCH (n:Theme {id: s.id})
SET n.degree = s.degree, n.weightedDegree = s.weightedDegree, n.betweenness = s.betweenness,
    n.pagerank = s.pagerank, n.harmonic = s.harmonic, n.community = s.community,
    n.sources = s.sources, n.sourceCount = s.sourceCount;
UNWIND $actors AS s
MATCH (n:Actor {id: s.id})
SET n.degree = s.degree, n.weightedDegree = s.weightedDegree, n.betweenness = s.betweenness,
    n.pagerank = s.pagerank, n.harmonic = s.harmonic, n.community = s.community,
    n.sources = s.sources, n.sourceCount = s.sourceCount;
MATCH ()-[old:ECHOES]->()
DELETE old;
UNWIND $echoes AS e
MATCH (a:Item {id: e.from})
MATCH (b:Item {id: e.to})
CREATE (a)-[:ECHOES {similarity: e.similarity, cosine: e.cosine, themeFactor: e.themeFactor, terms: e.terms,
                     relation: e.relation, basis: e.basis}]->(b);
MERGE (a:Analysis {id: 'last'})
SET a.loaded = $loaded, a.echoes = size($echoes), a.finishedAt = datetime()
