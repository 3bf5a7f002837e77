// Hvilke temaer rejses af flest kilder? / Which themes are raised by the most sources?
// Parameters: none
// da: Alle kodebogens temaer, også dem intet udsagn er kodet med (0 kilder); lige stillinger afgøres af antal
// udsagn, så af temaets id.
// en: Every codebook theme, also those no item is coded with (0 sources); ties broken by items, then theme id.
MATCH (t:Theme)
OPTIONAL MATCH (t)<-[:ABOUT]-(i:Item)
WITH t, count(DISTINCT i.source) AS sources, count(DISTINCT i) AS items
RETURN t.id AS theme, t.name AS name, sources, items
ORDER BY sources DESC, items DESC, theme
