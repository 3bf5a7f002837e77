// Centralitet: temaer og aktører rangeret / Centrality: themes and actors ranked
// Parameters: none
// betweenness, pagerank, harmonic, weightedDegree and community are written onto :Theme and :Actor nodes by
// the analysis step; before it has run they are null and the rows are ranked by items. items and sources are
// counted here: the items about the theme (mentioning the actor) and how many sources they come from.
// Column: type (string) – theme or actor
// Column: id (string) – theme or actor id from the codebook
// Column: name (string) – Danish name
// Column: items (int) – items about the theme or mentioning the actor
// Column: sources (int) – sources those items come from
// Column: betweenness (double) – normalised betweenness centrality
// Column: pagerank (double) – PageRank
// Column: harmonic (double) – harmonic centrality
// Column: weightedDegree (double) – weighted degree
// Column: community (int) – community number
CALL {
  MATCH (t:Theme)
  OPTIONAL MATCH (t)<-[:ABOUT]-(i:Item)
  RETURN 'theme' AS type, t AS node, count(DISTINCT i) AS items, count(DISTINCT i.source) AS sources
  UNION ALL
  MATCH (a:Actor)
  OPTIONAL MATCH (a)<-[:MENTIONS]-(i:Item)
  RETURN 'actor' AS type, a AS node, count(DISTINCT i) AS items, count(DISTINCT i.source) AS sources
}
RETURN type, node.id AS id, node.name AS name, items, sources, node.betweenness AS betweenness,
       node.pagerank AS pagerank, node.harmonic AS harmonic, node.weightedDegree AS weightedDegree,
       node.community AS community
ORDER BY type DESC, pagerank DESC, betweenness DESC, items DESC, id
