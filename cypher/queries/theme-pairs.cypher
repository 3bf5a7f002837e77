// Hvilke temaer optræder oftest sammen i samme udsagn? / Which themes occur together in the same item most often?
// Parameters: $minItems – least number of items coded with both themes (10)
// da: Hvert uordnet par én gang (theme1 < theme2 efter id); sources tæller kilderne bag de udsagn.
// en: Each unordered pair once (theme1 < theme2 by id); sources counts the sources of those items.
MATCH (t1:Theme)<-[:ABOUT]-(i:Item)-[:ABOUT]->(t2:Theme)
WHERE t1.id < t2.id
WITH t1, t2, count(DISTINCT i) AS items, count(DISTINCT i.source) AS sources
WHERE items >= $minItems
RETURN t1.id AS theme1, t2.id AS theme2, items, sources
ORDER BY items DESC, theme1, theme2
