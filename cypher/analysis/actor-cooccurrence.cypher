// Actor co-occurrence: pairs of actors named by the same item, weighted by the number of such items.
// Only the item's own words count (MENTIONS by 'text'): a section title names its actor for every item of the
// chapter, so counting it would link the chapter's actor to every actor named anywhere in the chapter, in
// proportion to the chapter's length, which measures the report's layout rather than what was said together.
// Parameters: none
MATCH (a1:Actor)<-[:MENTIONS {by: 'text'}]-(i:Item)-[:MENTIONS {by: 'text'}]->(a2:Actor)
WHERE a1.id < a2.id
RETURN a1.id AS a, a2.id AS b, count(DISTINCT i) AS weight
ORDER BY a, b
