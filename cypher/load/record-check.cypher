// Records with a source, in its load's transaction, what the store check will compare at every start.
// Parameters: $id – source id; $items, $relationships – counts; $digest – SHA-256 of its items' ids and texts
MATCH (s:Source {id: $id})
SET s.checkItems = $items, s.checkRelationships = $relationships, s.checkDigest = $digest
