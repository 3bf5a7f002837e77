// What each loaded source holds now, and what its load recorded, to tell a damaged store from a whole one:
// its items' ids and texts in id order and its items' relationships (ECHOES, written by 'analyze', apart).
// A lost node or property shows as a missing id, text or record. Parameters: $id – one source, or null for all
MATCH (s:Source)
WHERE $id IS NULL OR s.id = $id
OPTIONAL MATCH (s)<-[:PART_OF]-(:Section)<-[:IN_SECTION]-(i:Item)
WITH s, i ORDER BY i.id
WITH s, collect(i.id + '|' + i.text) AS items, count(i) AS itemCount
CALL {
  WITH s
  OPTIONAL MATCH (s)<-[:PART_OF]-(:Section)<-[:IN_SECTION]-(:Item)-[r]-()
  WHERE type(r) <> 'ECHOES'
  RETURN count(r) AS relationships
}
RETURN s.id AS id, s.contentHash AS contentHash, itemCount, relationships, items,
       s.checkItems AS checkItems, s.checkRelationships AS checkRelationships, s.checkDigest AS checkDigest
