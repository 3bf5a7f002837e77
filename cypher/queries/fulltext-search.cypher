// Hvilke udsagn indeholder et ord, med dansk bøjning? / Which items contain a word, in any Danish inflection?
// Parameters: $term – Lucene query over item texts, stemmed by the danish analyzer: møde also finds møderne (møde)
// da: Bruger fuldtekstindekset item_text; Lucene-syntaks gælder (AND, OR, "en frase", præfiks*).
// en: Uses the full-text index item_text; Lucene syntax applies (AND, OR, "a phrase", prefix*).
CALL db.index.fulltext.queryNodes('item_text', $term) YIELD node, score
MATCH (node)-[:IN_SECTION]->(s:Section)
RETURN node.source AS source, s.title AS section, node.kind AS kind, node.id AS id, node.text AS text, score
ORDER BY score DESC, id
