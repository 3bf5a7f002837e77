// Hvilke udsagn handler om et tema, og hvorfor? / Which items are about a theme, and why?
// Parameters: $theme – theme id from the codebook (jobbank-udlaan)
// da: by er 'section', når udsagnets kapitel svarer til temaet, ellers 'keyword'; weight er det stærkeste belæg.
// en: by is 'section' when the item's chapter maps to the theme, else 'keyword'; weight is the strongest evidence.
MATCH (:Theme {id: $theme})<-[a:ABOUT]-(i:Item)
WITH i, max(a.weight) AS weight, collect(a.by) AS evidence
RETURN i.source AS source, i.kind AS kind, i.id AS id, i.line AS line, weight,
       CASE WHEN 'section' IN evidence THEN 'section' ELSE 'keyword' END AS by, i.text AS text
ORDER BY source, line, id
