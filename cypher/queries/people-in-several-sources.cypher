// Hvilke personer citeres eller nævnes i mere end én kilde? / Which people are quoted or named in more than one source?
// Parameters: none
// da: Personer citeres kun i nogle kilder (i dette materiale kun komdir-2020), så en person tæller også for
// en kilde, hvis udsagnstekst indeholder hele navnet eller dets første og sidste ord (»Søren Kjær« for
// »Søren S. Kjær«).
// Simpel delstreng i udsagnenes tekst; navne trykt kun uden for udsagn (underskrifter, kolofoner) tæller ikke.
// en: People are only quoted in some sources (in this corpus only komdir-2020), so a person also counts for a
// source whose item text contains the full name or its first and last word ("Søren Kjær" for "Søren S. Kjær").
// Plain substring match on item texts; names printed only outside items (signatures, colophons) do not count.
MATCH (p:Person)<-[:SAID_BY]-(q:Quote)
WITH p, q.source AS source ORDER BY source
WITH p, collect(DISTINCT source) AS quotedIn
CALL {
  WITH p, quotedIn
  WITH quotedIn, p.name AS name, split(p.name, ' ') AS words
  WITH quotedIn, [name, words[0] + ' ' + words[size(words) - 1]] AS forms
  MATCH (i:Item)
  WHERE any(form IN forms WHERE i.text CONTAINS form)
  WITH quotedIn, i.source AS source, i.id AS id
  WHERE NOT source IN quotedIn
  WITH source, id ORDER BY source, id
  RETURN collect(DISTINCT source) AS namedIn, collect(id) AS namingItems
}
WITH p, quotedIn, namedIn, namingItems
WHERE size(quotedIn) + size(namedIn) > 1
RETURN p.name AS person, head([(p)-[:BELONGS_TO]->(o:Organisation) | o.name]) AS organisation, quotedIn, namedIn,
       size(quotedIn) + size(namedIn) AS sources, namingItems
ORDER BY sources DESC, person
