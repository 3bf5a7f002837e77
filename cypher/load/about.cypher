// Links items to their themes: weight 0..1 and by = 'section' (the chapter maps to it) or 'keyword'.
UNWIND $about AS a
MATCH (n:Item {id: a.item})
MATCH (t:Theme {id: a.theme})
CREATE (n)-[:ABOUT {weight: a.weight, by: a.by}]->(t)
