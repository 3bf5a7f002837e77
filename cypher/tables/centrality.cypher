// Centralitet: temaer og aktører rangeret / Centrality: themes and actors ranked
// Parameters: none
// betweenness, pagerank, harmonic, weightedDegree and community are written onto :Theme and :Actor nodes by
// the analysis step; before it has run they are null and the rows are ranked by items. items and sources are
// counted here: the items about the theme (mentioning the actor) and how many sources they come from; byText
// and bySection split items by the evidence (one per item: a section match wins for a theme, the text for an
// actor). The scores of actors come from their text mentions only (analysis/actor-cooccurrence.cypher).
// Column: type (string) – theme or actor
// Column: id (string) – theme or actor id from the codebook
// Column: name (string) – Danish name
// Column: items (int) – items about the theme or mentioning the actor
// Column: byText (int) – of those, items whose own words carry the theme (keywords) or name the actor
// Column: bySection (int) – of those, items whose section title alone gives the theme or names the actor
// Column: sources (int) – sources those items come from
// Column: betweenness (double) – normalised betweenness centrality
// Column: pagerank (double) – PageRank
// Column: harmonic (double) – harmonic centrality
// Column: weightedDegree (double) – weighted degree
// Column: community (int) – community number
CALL {
  MATCH (t:Theme)
  OPTIONAL MATCH (t)<-[r:ABOUT]-(i:Item)
  RETURN 'theme' AS type, t AS node, count(DISTINCT i) AS items, count(DISTINCT i.source) AS sources,
         count(DISTINCT CASE WHEN r.by <> 'section' THEN i END) AS byText,
         count(DISTINCT CASE WHEN r.by = 'section' THEN i END) AS bySection
  UNION ALL
  MATCH (a:Actor)
  OPTIONAL MATCH (a)<-[r:MENTIONS]-(i:Item)
  RETURN 'actor' AS type, a AS node, count(DISTINCT i) AS items, count(DISTINCT i.source) AS sources,
         count(DISTINCT CASE WHEN r.by = 'text' THEN i END) AS byText,
         count(DISTINCT CASE WHEN r.by = 'section' THEN i END) AS bySection
}
RETURN type, node.id AS id, node.name AS name, items, byText, bySection, sources, node.betweenness AS betweenness,
       node.pagerank AS pagerank, node.harmonic AS harmonic, node.weightedDegree AS weightedDegree,
       node.community AS community
ORDER BY type DESC, pagerank DESC, betweenness DESC, items DESC, id
