// The content hash a source was last loaded with (none if it was never loaded).
MATCH (s:Source {id: $id})
RETURN s.contentHash AS hash
