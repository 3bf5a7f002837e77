// Actor co-occurrence: pairs of actors named by the same item, weighted by the number of such items.
// Only the item's own words count (MENTIONS by 'text', or 'manual' where a person set the actors): a section title names its actor for every item of the
// chapter, so counting it would link the chapter's actor to every actor named anywhere in the chapter, in
// proportion to the chapter's length, which measures the report's layout rather than what was said together.
// Parameters: none
MATCH (a1:Actor)<-[m1:MENTIONS]-(i:Item)-[m2:MENTIONS]->(a2:Actor)
WHERE a1.id < a2.id AND m1.by IN ['text', 'manual'] AND m2.by IN ['text', 'manual']
RETURN a1.id AS a, a2.id AS b, count(DISTINCT i) AS weight
ORDER BY a, b
