// Genklang: udsagn i forskellige kilder, der siger det samme / Echoes: items of different sources that make the same point
// Parameters: none
// ECHOES relationships are written by the analysis step; before it has run the table has no rows.
// Column: similarity (double) – similarity of the two texts, 0..1
// Column: item (string) – id of the first item (source:line)
// Column: source (string) – its source
// Column: kind (string) – its kind
// Column: line (int) – its first line in its file
// Column: text (string) – its text
// Column: otherItem (string) – id of the echoing item
// Column: otherSource (string) – its source
// Column: otherKind (string) – its kind
// Column: otherLine (int) – its first line in its file
// Column: otherText (string) – its text
// Column: terms (string) – the word stems the two texts share that weigh most, comma-separated
MATCH (a:Item)-[e:ECHOES]->(b:Item)
RETURN e.similarity AS similarity, a.id AS item, a.source AS source, a.kind AS kind, a.line AS line,
       a.text AS text, b.id AS otherItem, b.source AS otherSource, b.kind AS otherKind, b.line AS otherLine,
       b.text AS otherText, reduce(s = '', t IN e.terms | s + CASE WHEN s = '' THEN '' ELSE ', ' END + t) AS terms
ORDER BY similarity DESC, item, otherItem
