// The whole findings graph as edges between typed node keys (source, item, theme, actor, person, role),
// for the full projection and graph exports. MENTIONS weigh 1.0 by text and 0.5 by section.
// Parameters: none
CALL {
  MATCH (i:Item)-[:IN_SECTION]->(:Section)-[:PART_OF]->(s:Source)
  RETURN 'item:' + i.id AS a, 'source:' + s.id AS b, 'FROM' AS type, 1.0 AS weight
  UNION ALL
  MATCH (i:Item)-[r:ABOUT]->(t:Theme) RETURN 'item:' + i.id AS a, 'theme:' + t.id AS b, 'ABOUT' AS type, r.weight AS weight
  UNION ALL
  MATCH (i:Item)-[m:MENTIONS]->(x:Actor) RETURN 'item:' + i.id AS a, 'actor:' + x.id AS b, 'MENTIONS' AS type, m.weight AS weight
  UNION ALL
  MATCH (q:Quote)-[:SAID_BY]->(p:Person) RETURN 'item:' + q.id AS a, 'person:' + p.name AS b, 'SAID_BY' AS type, 1.0 AS weight
  UNION ALL
  MATCH (q:Quote)-[:SAID_BY]->(r:Role) RETURN 'item:' + q.id AS a, 'role:' + r.name AS b, 'SAID_BY' AS type, 1.0 AS weight
  UNION ALL
  MATCH (r:Recommendation)-[x:ADDRESSES]->(c:Challenge) RETURN 'item:' + r.id AS a, 'item:' + c.id AS b, 'ADDRESSES' AS type, x.score AS weight
}
RETURN a, b, type, weight
ORDER BY a, b, type
