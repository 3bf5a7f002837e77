// The ids of the items about a theme, mentioning an actor, of a source and of a kind (null = any), in
// source and line order.
// Parameters: $theme, $actor, $source, $kind – each an id/kind or null
MATCH (i:Item)
WHERE ($theme IS NULL OR (i)-[:ABOUT]->(:Theme {id: $theme}))
  AND ($actor IS NULL OR (i)-[:MENTIONS]->(:Actor {id: $actor}))
  AND ($source IS NULL OR i.source = $source)
  AND ($kind IS NULL OR i.kind = $kind)
RETURN i.id AS id
ORDER BY i.source, i.line, i.id
