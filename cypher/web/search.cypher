// Danish full-text search over item texts (index item_text, danish analyzer: møde also finds møderne).
// Parameters: $q – Lucene query (words, "a phrase", AND/OR, prefix*)
CALL db.index.fulltext.queryNodes('item_text', $q) YIELD node, score
RETURN node.id AS id, score
ORDER BY score DESC, id
