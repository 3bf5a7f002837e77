// Actor nodes of the network: the analysis scores and how many of the chosen items mention each actor.
// Parameters: $sources – source ids, $kinds – item kinds
MATCH (a:Actor)
OPTIONAL MATCH (a)<-[:MENTIONS]-(i:Item)
WHERE i.source IN $sources AND i.kind IN $kinds
WITH a, count(DISTINCT i) AS items, collect(DISTINCT i.source) AS itemSources
WHERE items > 0
RETURN a.id AS key, a.name AS label, coalesce(a.nameEn, a.name) AS labelEn, a.kind AS description, a.community AS community,
       itemSources AS sources, items, a.degree AS degree, a.weightedDegree AS weightedDegree,
       a.betweenness AS betweenness, a.pagerank AS pagerank, a.harmonic AS harmonic
ORDER BY key
