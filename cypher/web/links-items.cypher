// Item links of the full findings graph: item–theme (about), item–actor (mentions: 1.0 by the item's own words,
// 0.5 by its section title), item–item (echoes, weighted by similarity), for the chosen items.
// Parameters: $sources – source ids, $kinds – item kinds
CALL {
  MATCH (i:Item)-[:ABOUT]->(t:Theme)
  WHERE i.source IN $sources AND i.kind IN $kinds
  RETURN 'item:' + i.id AS source, 'theme:' + t.id AS target, 'about' AS type, 1.0 AS weight
  UNION ALL
  MATCH (i:Item)-[m:MENTIONS]->(a:Actor)
  WHERE i.source IN $sources AND i.kind IN $kinds
  RETURN 'item:' + i.id AS source, 'actor:' + a.id AS target, 'mentions' AS type, m.weight AS weight
  UNION ALL
  MATCH (i:Item)-[e:ECHOES]->(j:Item)
  WHERE i.source IN $sources AND i.kind IN $kinds AND j.source IN $sources AND j.kind IN $kinds
  RETURN 'item:' + i.id AS source, 'item:' + j.id AS target, 'echoes' AS type, e.similarity AS weight
}
RETURN source, target, type, weight
ORDER BY type, source, target
