// Aktører × temaer: udsagn der nævner aktøren, pr. tema / Actors × themes: items mentioning the actor, per theme
// Parameters: none
// Long rows; dk.erfaringsgraf.report pivots them into one row per actor and kind of mention (by: 'text' when the
// item's own words name the actor, 'section' when only its section title does) with a column per theme. Every
// actor has a text row; a section row only when a section title names it. Rows with actor null list every
// theme (so each gets a column); rows with theme null give the actor's total items of that kind of mention.
// Column: actor (string) – actor id from the codebook; null on the theme list rows
// Column: name (string) – the actor's Danish name
// Column: by (string) – text or section; null on the theme list rows
// Column: theme (string) – theme id; null on the total rows
// Column: items (int) – items mentioning the actor (so) and about the theme
CALL {
  MATCH (t:Theme)
  RETURN null AS actor, null AS name, null AS by, t.id AS theme, 0 AS items
  UNION ALL
  MATCH (a:Actor)<-[m:MENTIONS]-(i:Item)-[:ABOUT]->(t:Theme)
  RETURN a.id AS actor, a.name AS name, m.by AS by, t.id AS theme, count(DISTINCT i) AS items
  UNION ALL
  MATCH (a:Actor)
  OPTIONAL MATCH (a)<-[:MENTIONS {by: 'text'}]-(i:Item)
  RETURN a.id AS actor, a.name AS name, 'text' AS by, null AS theme, count(DISTINCT i) AS items
  UNION ALL
  MATCH (a:Actor)<-[:MENTIONS {by: 'section'}]-(i:Item)
  RETURN a.id AS actor, a.name AS name, 'section' AS by, null AS theme, count(DISTINCT i) AS items
}
RETURN actor, name, by, theme, items
ORDER BY actor, by DESC, theme
