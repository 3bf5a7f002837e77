// Theme–theme and actor–actor links: how many of the chosen items are coded with both; actors by the items' own
// words only, as analysis/actor-cooccurrence.cypher, so scope=filtered over everything gives the stored scores.
// Parameters: $sources – source ids, $kinds – item kinds
CALL {
  MATCH (a:Theme)<-[:ABOUT]-(i:Item)-[:ABOUT]->(b:Theme)
  WHERE a.id < b.id AND i.source IN $sources AND i.kind IN $kinds
  RETURN 'theme:' + a.id AS source, 'theme:' + b.id AS target, count(DISTINCT i) AS weight
  UNION ALL
  MATCH (a:Actor)<-[ma:MENTIONS]-(i:Item)-[mb:MENTIONS]->(b:Actor)
  WHERE ma.by IN ['text', 'manual'] AND mb.by IN ['text', 'manual']
    AND a.id < b.id AND i.source IN $sources AND i.kind IN $kinds
  RETURN 'actor:' + a.id AS source, 'actor:' + b.id AS target, count(DISTINCT i) AS weight
}
RETURN source, target, 'cooccurs' AS type, weight
ORDER BY source, target
