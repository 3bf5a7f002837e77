// Hvordan fordeler et temas muligheder og udfordringer sig på kilderne? / A theme's opportunities versus challenges, per source
// Parameters: $theme – theme id from the codebook (hjemmearbejde)
// da: Én række pr. kilde, med nul hvor kilden intet siger af den slags om temaet.
// en: One row per source, with zeros where the source says nothing of that kind about the theme.
MATCH (s:Source)
OPTIONAL MATCH (s)<-[:PART_OF]-(:Section)<-[:IN_SECTION]-(i:Item)-[:ABOUT]->(:Theme {id: $theme})
WITH s, collect(DISTINCT i) AS items
RETURN s.id AS source,
       size([i IN items WHERE i.kind = 'opportunity']) AS opportunities,
       size([i IN items WHERE i.kind = 'challenge']) AS challenges,
       size([i IN items WHERE i.kind = 'recommendation']) AS recommendations,
       size([i IN items WHERE i.kind = 'question']) AS questions,
       size(items) AS items
ORDER BY source
