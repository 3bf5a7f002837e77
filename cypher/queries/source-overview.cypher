// Hvad indeholder hver kilde, fordelt på slags udsagn? / What does each source hold, per kind of item?
// Parameters: none
// da: Én række pr. kilde: antal afsnit og udsagn i alt og fordelt på slags; en kildes gengivelser (fx PDF og
// tekst) er lagt sammen ved indlæsningen, så de tælles én gang.
// en: One row per source: its sections and items, in all and per kind; a source's renditions (e.g. PDF and text)
// are merged at load, so they count once.
MATCH (s:Source)
OPTIONAL MATCH (s)<-[:PART_OF]-(sec:Section)
WITH s, count(sec) AS sections
OPTIONAL MATCH (s)<-[:PART_OF]-(:Section)<-[:IN_SECTION]-(i:Item)
WITH s, sections, collect(i.kind) AS kinds
RETURN s.id AS source, s.title AS title, s.publisher AS publisher, s.year AS year, sections, size(kinds) AS items,
       size([k IN kinds WHERE k = 'opportunity']) AS opportunities,
       size([k IN kinds WHERE k = 'challenge']) AS challenges,
       size([k IN kinds WHERE k = 'recommendation']) AS recommendations,
       size([k IN kinds WHERE k = 'question']) AS questions,
       size([k IN kinds WHERE k = 'observation']) AS observations,
       size([k IN kinds WHERE k = 'quote']) AS quotes
ORDER BY source
