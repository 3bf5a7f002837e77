// Kilder × kilder: fælles temaer og aktører / Sources × sources: shared themes and actors
// Parameters: none
// The themes and actors of each source with how many of its items are about or mention each (renditions are
// merged into their source at load, so only the sources appear); dk.erfaringsgraf.report turns them into one
// row per pair of sources with the shared count, Jaccard index and overlap coefficient of the sets and the
// cosine of the two profiles (each theme's share of the source's item–theme codings).
// Column: source (string) – source id
// Column: kind (string) – theme or actor
// Column: id (string) – theme or actor id that at least one item of the source is about or mentions
// Column: items (int) – items of the source about the theme or mentioning the actor
CALL {
  MATCH (s:Source)<-[:PART_OF]-(:Section)<-[:IN_SECTION]-(i:Item)-[:ABOUT]->(t:Theme)
  RETURN s.id AS source, 'theme' AS kind, t.id AS id, count(DISTINCT i) AS items
  UNION
  MATCH (s:Source)<-[:PART_OF]-(:Section)<-[:IN_SECTION]-(i:Item)-[:MENTIONS]->(a:Actor)
  RETURN s.id AS source, 'actor' AS kind, a.id AS id, count(DISTINCT i) AS items
}
RETURN source, kind, id, items
ORDER BY source, kind, id
