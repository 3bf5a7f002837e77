// Hvor mange udsagn har hver kilde om hvert tema? / How many items does each source have on each theme?
// Parameters: none
// da: Rækkerne i en tema × kilde-matrix: sources lister kildernes id'er i orden, counts udsagnene pr. kilde i
// samme orden, total alle temaets udsagn.
// en: The rows of a theme × source matrix: sources lists the source ids in order, counts the items per source in
// the same order, total all of the theme's items.
MATCH (s:Source)
WITH s ORDER BY s.id
WITH collect(s.id) AS sourceIds
MATCH (t:Theme)
OPTIONAL MATCH (t)<-[:ABOUT]-(i:Item)
WITH sourceIds, t, collect(DISTINCT i) AS items
RETURN t.id AS theme, t.name AS name, sourceIds AS sources,
       [id IN sourceIds | size([i IN items WHERE i.source = id])] AS counts, size(items) AS total
ORDER BY theme
