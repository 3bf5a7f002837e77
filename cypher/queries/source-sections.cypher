// Hvilke afsnit har en kilde, og hvor mange udsagn står i hvert? / Which sections does a source have, with their item counts?
// Parameters: $source – source id (soroe-2020)
// da: Afsnittene i den rækkefølge, de er trykt; en titel trykt to gange er ét afsnit.
// en: Sections in the order they are printed; a title printed twice is one section.
MATCH (:Source {id: $source})<-[:PART_OF]-(sec:Section)
OPTIONAL MATCH (sec)<-[:IN_SECTION]-(i:Item)
WITH sec, collect(i.kind) AS kinds
RETURN sec.order AS position, sec.id AS section, sec.title AS title, size(kinds) AS items,
       size([k IN kinds WHERE k = 'opportunity']) AS opportunities,
       size([k IN kinds WHERE k = 'challenge']) AS challenges,
       size([k IN kinds WHERE k = 'recommendation']) AS recommendations,
       size([k IN kinds WHERE k = 'question']) AS questions,
       size([k IN kinds WHERE k = 'observation']) AS observations,
       size([k IN kinds WHERE k = 'quote']) AS quotes
ORDER BY position
