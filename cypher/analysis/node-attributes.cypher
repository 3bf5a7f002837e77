// Attributes of themes and actors for graph exports: names and the scores the analysis wrote.
// Parameters: none
CALL {
  MATCH (t:Theme)
  RETURN 'theme:' + t.id AS key, 'theme' AS type, t.id AS ref, t.name AS label, t.nameEn AS labelEn, t AS n
  UNION ALL
  MATCH (a:Actor)
  RETURN 'actor:' + a.id AS key, 'actor' AS type, a.id AS ref, a.name AS label, a.kind AS labelEn, a AS n
}
RETURN key, type, ref, label, labelEn, n.weightedDegree AS weightedDegree, n.betweenness AS betweenness,
       n.pagerank AS pagerank, n.harmonic AS harmonic, n.community AS community, n.sourceCount AS sourceCount
ORDER BY key
