// Temaer × kilder: udsagn af hver slags pr. tema og kilde / Themes × sources: items of each kind per theme and source
// Parameters: none
// Long rows; dk.erfaringsgraf.report pivots them into one row per theme with a column per source and kind,
// the theme's total and its number of sources. Rows with theme null count the items of a source and kind
// that have at least one theme: the totals row, where an item about several themes counts once.
// Column: theme (string) – theme id from the codebook; null on the totals rows
// Column: name (string) – the theme's Danish name
// Column: source (string) – source id; null for a theme no item is about
// Column: kind (string) – opportunity, challenge, recommendation, question, observation or quote
// Column: items (int) – items of that source and kind about the theme
CALL {
  MATCH (t:Theme)
  OPTIONAL MATCH (t)<-[:ABOUT]-(i:Item)
  RETURN t.id AS theme, t.name AS name, i.source AS source, i.kind AS kind, count(DISTINCT i) AS items
  UNION ALL
  MATCH (i:Item)
  WHERE (i)-[:ABOUT]->(:Theme)
  RETURN null AS theme, null AS name, i.source AS source, i.kind AS kind, count(i) AS items
}
RETURN theme, name, source, kind, items
ORDER BY theme, source, kind
