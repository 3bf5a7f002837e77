// Temaer × kilder: andel og standardiseret residual / Themes × sources: share and adjusted residual
// Parameters: none
// Long rows; dk.erfaringsgraf.report makes one row per theme and source with the source's share of items about
// the theme and the adjusted standardised residual (which themes a source over- or under-represents). Rows with
// theme null count the items of each source that have at least one theme: the denominators.
// Column: theme (string) – theme id from the codebook; null on the totals rows
// Column: name (string) – the theme's Danish name
// Column: source (string) – source id; null for a theme no item is about
// Column: items (int) – items of that source about the theme
CALL {
  MATCH (t:Theme)
  OPTIONAL MATCH (t)<-[:ABOUT]-(i:Item)
  RETURN t.id AS theme, t.name AS name, i.source AS source, count(DISTINCT i) AS items
  UNION ALL
  MATCH (i:Item)
  WHERE (i)-[:ABOUT]->(:Theme)
  RETURN null AS theme, null AS name, i.source AS source, count(i) AS items
}
RETURN theme, name, source, items
ORDER BY theme, source
