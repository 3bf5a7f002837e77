// Hvilke fund går igen på tværs af kilderne? / Which findings echo across the sources?
// Parameters: $minSources – least number of sources that must raise the theme and actor together (3)
// da: Genklang efter kodning frem for ord (analysens ECHOES med deres relation står i tabellen echoes): fund
// (ikke citater) fra forskellige kilder, der er kodet med samme tema OG selv nævner samme aktør (MENTIONS by
// 'text'; en afsnitstitel ville parre sin aktør med kapitlets temaer i hvert udsagn). Én række pr. tema og aktør.
// en: Echoes by coding rather than by words (the ECHOES the analysis writes, with their relation, are the echoes
// table): findings (not quotes) of different sources that are coded with the same theme AND name the same actor
// in their own words (MENTIONS by 'text'; a section title would pair its actor with the chapter's themes in every
// item). One row per theme and actor.
MATCH (t:Theme)<-[:ABOUT]-(f:Finding)-[:MENTIONS {by: 'text'}]->(a:Actor)
WITH t, a, f ORDER BY f.source, f.id
WITH t, a, collect(DISTINCT f.source) AS sources, collect(DISTINCT f.id) AS findings
WHERE size(sources) >= $minSources
RETURN t.id AS theme, a.id AS actor, sources, size(findings) AS count, findings
ORDER BY size(sources) DESC, count DESC, theme, actor
