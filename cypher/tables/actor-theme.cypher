// Aktører × temaer: udsagn der nævner aktøren, pr. tema / Actors × themes: items mentioning the actor, per theme
// Parameters: none
// Long rows; dk.erfaringsgraf.report pivots them into one row per actor with a column per theme. Rows with
// actor null list every theme (so each gets a column); rows with theme null give the actor's total items.
// Column: actor (string) – actor id from the codebook; null on the theme list rows
// Column: name (string) – the actor's Danish name
// Column: theme (string) – theme id; null on the total rows
// Column: items (int) – items mentioning the actor and about the theme
CALL {
  MATCH (t:Theme)
  RETURN null AS actor, null AS name, t.id AS theme, 0 AS items
  UNION ALL
  MATCH (a:Actor)<-[:MENTIONS]-(i:Item)-[:ABOUT]->(t:Theme)
  RETURN a.id AS actor, a.name AS name, t.id AS theme, count(DISTINCT i) AS items
  UNION ALL
  MATCH (a:Actor)
  OPTIONAL MATCH (a)<-[:MENTIONS]-(i:Item)
  RETURN a.id AS actor, a.name AS name, null AS theme, count(DISTINCT i) AS items
}
RETURN actor, name, theme, items
ORDER BY actor, theme
