// Mulig genklang: udsagn i forskellige kilder, der ligner hinanden / Candidate echoes: alike items of different sources
// Parameters: none
// ECHOES relationships are written by the analysis step; before it has run the table has no rows.
// Column: similarity (double) – similarity of the two texts, 0..1: min(1, cosine × themeFactor)
// Column: relation (string) – agrees (the same point), contrasts (opposite valence or kind), related (same topic)
// Column: basis (string) – what decided the relation: valence, question, shared-words or topic
// Column: cosine (double) – TF-IDF cosine of the two texts' Danish stems
// Column: themeFactor (double) – 1 + the Jaccard overlap of their themes (theme boost 1)
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
// Column: terms (string) – the words the two texts share, as written, weightiest first, comma-separated
MATCH (a:Item)-[e:ECHOES]->(b:Item)
RETURN e.similarity AS similarity, e.relation AS relation, e.basis AS basis, e.cosine AS cosine,
       e.themeFactor AS themeFactor, a.id AS item, a.source AS source, a.kind AS kind, a.line AS line,
       a.text AS text, b.id AS otherItem, b.source AS otherSource, b.kind AS otherKind, b.line AS otherLine,
       b.text AS otherText, reduce(s = '', t IN e.terms | s + CASE WHEN s = '' THEN '' ELSE ', ' END + t) AS terms
ORDER BY similarity DESC, item, otherItem
