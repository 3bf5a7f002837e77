// Hvilke udsagn i andre kilder genlyder et givet udsagn? / Which items of other sources echo a given item?
// Parameters: $item – item id (soroe-2020:694)
// da: Indtil ECHOES-relationer findes: udsagn fra andre kilder med mindst ét tema og én aktør fælles med udsagnet,
// rangeret efter hvor mange temaer og aktører de deler; en aktør er fælles, når begge udsagn selv nævner den
// (to kapitler med samme aktør i titlen gør ikke alle deres udsagn til genklang af hinanden).
// en: Until ECHOES relationships exist: items of other sources sharing at least one theme and one actor with the
// item, ranked by how many themes and actors they share; an actor is shared when both items name it in their own
// words (two chapters titled with the same actor do not make every pair of their items echo).
MATCH (x:Item {id: $item})-[:ABOUT]->(t:Theme)<-[:ABOUT]-(y:Item)
WHERE y.source <> x.source
WITH x, y, t ORDER BY t.id
WITH x, y, collect(DISTINCT t.id) AS themes
MATCH (x)-[:MENTIONS {by: 'text'}]->(a:Actor)<-[:MENTIONS {by: 'text'}]-(y)
WITH y, themes, a ORDER BY a.id
WITH y, themes, collect(DISTINCT a.id) AS actors
RETURN y.source AS source, y.kind AS kind, y.id AS id, themes, actors, size(themes) + size(actors) AS shared,
       y.text AS text
ORDER BY shared DESC, id
