// Kilder × kilder: fælles temaer og aktører / Sources × sources: shared themes and actors
// Parameters: none
// The theme and actor sets of each source (renditions are merged into their source at load, so only the
// sources appear); dk.erfaringsgraf.report turns them into one row per pair of sources with the shared
// count, Jaccard index and overlap coefficient of both sets.
// Column: source (string) – source id
// Column: kind (string) – theme or actor
// Column: id (string) – theme or actor id that at least one item of the source is about or mentions
CALL {
  MATCH (s:Source)<-[:PART_OF]-(:Section)<-[:IN_SECTION]-(:Item)-[:ABOUT]->(t:Theme)
  RETURN DISTINCT s.id AS source, 'theme' AS kind, t.id AS id
  UNION
  MATCH (s:Source)<-[:PART_OF]-(:Section)<-[:IN_SECTION]-(:Item)-[:MENTIONS]->(a:Actor)
  RETURN DISTINCT s.id AS source, 'actor' AS kind, a.id AS id
}
RETURN source, kind, id
ORDER BY source, kind, id
