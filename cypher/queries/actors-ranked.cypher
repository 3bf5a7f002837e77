// Hvilke aktører nævnes i flest kilder og udsagn? / Which actors are mentioned in the most sources and items?
// Parameters: none
// da: Alle kodebogens aktører, også dem der aldrig nævnes; mentions tæller udsagn, ikke forekomster i et udsagn:
// byText dem, hvis egne ord nævner aktøren, bySection dem, som kun afsnittets titel knytter til den.
// en: Every codebook actor, also those never mentioned; mentions counts items, not occurrences within an item:
// byText those whose own words name the actor, bySection those only their section title ties to it.
MATCH (a:Actor)
OPTIONAL MATCH (a)<-[m:MENTIONS]-(i:Item)
WITH a, count(DISTINCT i.source) AS sources, count(DISTINCT i) AS mentions,
     count(DISTINCT CASE WHEN m.by = 'text' THEN i END) AS byText,
     count(DISTINCT CASE WHEN m.by = 'section' THEN i END) AS bySection
RETURN a.id AS actor, a.name AS name, a.kind AS kind, sources, mentions, byText, bySection
ORDER BY sources DESC, mentions DESC, actor
