// Every theme and actor with the sources raising it and its item counts by kind. An actor's items are all that
// mention it, by their own words or by their section title (counts, not links: links are by text only).
// Parameters: none
CALL {
  MATCH (t:Theme) OPTIONAL MATCH (t)<-[:ABOUT]-(i:Item)
  RETURN 'theme' AS type, t.id AS id, t.name AS name, i
  UNION ALL
  MATCH (a:Actor) OPTIONAL MATCH (a)<-[:MENTIONS]-(i:Item)
  RETURN 'actor' AS type, a.id AS id, a.name AS name, i
}
WITH type, id, name, i
RETURN type, id, name,
       [s IN collect(DISTINCT i.source) WHERE s IS NOT NULL | s] AS sources,
       count(i) AS items,
       count(CASE WHEN i.kind = 'opportunity' THEN 1 END) AS opportunities,
       count(CASE WHEN i.kind = 'challenge' THEN 1 END) AS challenges,
       count(CASE WHEN i.kind = 'recommendation' THEN 1 END) AS recommendations,
       count(CASE WHEN i.kind = 'question' THEN 1 END) AS questions,
       count(CASE WHEN i.kind = 'observation' THEN 1 END) AS observations,
       count(CASE WHEN i.kind = 'quote' THEN 1 END) AS quotes
ORDER BY type, id
