// Theme nodes of the network: the analysis scores and how many of the chosen items are about each theme.
// Parameters: $sources – source ids, $kinds – item kinds
MATCH (t:Theme)
OPTIONAL MATCH (t)<-[:ABOUT]-(i:Item)
WHERE i.source IN $sources AND i.kind IN $kinds
WITH t, count(DISTINCT i) AS items, collect(DISTINCT i.source) AS itemSources
WHERE items > 0
RETURN t.id AS key, t.name AS label, t.nameEn AS labelEn, t.description AS description, t.community AS community,
       itemSources AS sources, items, t.degree AS degree, t.weightedDegree AS weightedDegree,
       t.betweenness AS betweenness, t.pagerank AS pagerank, t.harmonic AS harmonic
ORDER BY key
