// Huller og spændinger i materialet / Gaps and tensions in the material
// Parameters: $minChallenges – least number of challenges about a theme for few-recommendations (5)
// Parameters: $recommendationShare – few-recommendations: fewer recommendations than this share of the challenges (0.5)
// Parameters: $dominantShare – mostly-one-source: least share of a theme's items from its largest source (0.75)
// One row per gap; gap says which kind, and only that kind's columns are filled:
//   unaddressed-challenge – a challenge no recommendation ADDRESSES (theme lists its themes);
//   one-source – a theme raised by one source only; mostly-one-source – by several, but one holds at least
//   $dominantShare of its items (share); few-recommendations – a theme with at least $minChallenges challenges
//   and fewer recommendations than $recommendationShare of them (share = recommendations / challenges);
//   tension – basis 'themes': a theme coded on opportunities in one source (source) and on challenges in another
//   (otherSource); basis 'echo': two items of different sources that ECHOES with relation 'contrasts' (item and
//   otherItem, their texts, the themes both are coded with).
// Column: gap (string) – unaddressed-challenge, one-source, mostly-one-source, few-recommendations or tension
// Column: basis (string) – tension: themes (opportunity and challenge counts) or echo (a contrasting echo)
// Column: theme (string) – theme id (for a challenge: its themes; for an echo: the themes both items share)
// Column: source (string) – source id: the challenge's, the dominant one, or the one with the opportunities
// Column: otherSource (string) – tension: the source with the challenges, or the other item's source
// Column: item (string) – unaddressed-challenge: the challenge's id (source:line); echo tension: the first item
// Column: line (int) – unaddressed-challenge, echo tension: its first line
// Column: section (string) – unaddressed-challenge: its section title
// Column: text (string) – unaddressed-challenge, echo tension: its text
// Column: otherItem (string) – echo tension: the contrasting item's id
// Column: otherText (string) – echo tension: its text
// Column: items (int) – one-source, mostly-one-source: the theme's items
// Column: opportunities (int) – tension: opportunities about the theme in source
// Column: challenges (int) – few-recommendations: all challenges about the theme; tension: those in otherSource
// Column: recommendations (int) – few-recommendations: all recommendations about the theme
// Column: sources (int) – one-source, mostly-one-source: sources raising the theme
// Column: share (double) – mostly-one-source: the dominant source's share; few-recommendations: the ratio
CALL {
  MATCH (c:Challenge)-[:IN_SECTION]->(s:Section)
  WHERE NOT (c)<-[:ADDRESSES]-(:Recommendation)
  OPTIONAL MATCH (c)-[:ABOUT]->(t:Theme)
  WITH c, s, t ORDER BY t.id
  WITH c, s, collect(t.id) AS themes
  RETURN 'unaddressed-challenge' AS gap, null AS basis,
         reduce(acc = '', id IN themes | acc + CASE WHEN acc = '' THEN '' ELSE ', ' END + id) AS theme,
         c.source AS source, null AS otherSource, c.id AS item, c.line AS line, s.title AS section,
         c.text AS text, null AS otherItem, null AS otherText, null AS items, null AS opportunities, null AS challenges, null AS recommendations,
         null AS sources, null AS share
  UNION ALL
  MATCH (t:Theme)<-[:ABOUT]-(i:Item)
  WITH t, i.source AS source, count(DISTINCT i) AS n
  ORDER BY n DESC, source
  WITH t, collect(source) AS bySize, collect(n) AS counts, sum(n) AS items
  WHERE size(bySize) = 1 OR toFloat(counts[0]) / items >= $dominantShare
  RETURN CASE size(bySize) WHEN 1 THEN 'one-source' ELSE 'mostly-one-source' END AS gap, null AS basis,
         t.id AS theme,
         bySize[0] AS source, null AS otherSource, null AS item, null AS line, null AS section, null AS text,
         null AS otherItem, null AS otherText, items, null AS opportunities, null AS challenges, null AS recommendations, size(bySize) AS sources,
         round(toFloat(counts[0]) / items, 4) AS share
  UNION ALL
  MATCH (t:Theme)
  OPTIONAL MATCH (t)<-[:ABOUT]-(c:Challenge)
  WITH t, count(DISTINCT c) AS challenges
  OPTIONAL MATCH (t)<-[:ABOUT]-(r:Recommendation)
  WITH t, challenges, count(DISTINCT r) AS recommendations
  WHERE challenges >= $minChallenges AND recommendations < challenges * $recommendationShare
  RETURN 'few-recommendations' AS gap, null AS basis, t.id AS theme, null AS source, null AS otherSource,
         null AS item, null AS line, null AS section, null AS text, null AS otherItem, null AS otherText, null AS items, null AS opportunities, challenges,
         recommendations, null AS sources, round(toFloat(recommendations) / challenges, 4) AS share
  UNION ALL
  MATCH (t:Theme)<-[:ABOUT]-(o:Opportunity)
  WITH t, o.source AS source, count(DISTINCT o) AS opportunities
  MATCH (t)<-[:ABOUT]-(c:Challenge)
  WHERE c.source <> source
  WITH t, source, opportunities, c.source AS otherSource, count(DISTINCT c) AS challenges
  RETURN 'tension' AS gap, 'themes' AS basis, t.id AS theme, source, otherSource, null AS item, null AS line,
         null AS section, null AS text, null AS otherItem, null AS otherText, null AS items, opportunities,
         challenges, null AS recommendations, null AS sources, null AS share
  UNION ALL
  MATCH (a:Item)-[e:ECHOES {relation: 'contrasts'}]->(b:Item)
  OPTIONAL MATCH (a)-[:ABOUT]->(t:Theme)<-[:ABOUT]-(b)
  WITH a, b, t ORDER BY t.id
  WITH a, b, collect(t.id) AS themes
  RETURN 'tension' AS gap, 'echo' AS basis,
         reduce(acc = '', id IN themes | acc + CASE WHEN acc = '' THEN '' ELSE ', ' END + id) AS theme,
         a.source AS source, b.source AS otherSource, a.id AS item, a.line AS line, null AS section, a.text AS text,
         b.id AS otherItem, b.text AS otherText, null AS items, null AS opportunities, null AS challenges,
         null AS recommendations, null AS sources, null AS share
}
RETURN gap, basis, theme, source, otherSource, item, line, section, text, otherItem, otherText, items,
       opportunities, challenges, recommendations, sources, share
ORDER BY gap, basis, theme, source, otherSource, line, item
