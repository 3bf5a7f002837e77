// Hvilke udsagn i andre kilder genlyder et givet udsagn? / Which items of other sources echo a given item?
// Parameters: $item – item id (soroe-2020:694)
// da: Udsagn fra andre kilder med mindst ét tema og én aktør fælles med udsagnet, rangeret efter hvor mange
// temaer og aktører de deler; en aktør er fælles, når begge udsagn selv nævner den (to kapitler med samme aktør i
// titlen gør ikke alle deres udsagn til genklang af hinanden). relation: den ECHOES, analysen skrev mellem de to
// ud fra deres ord (agrees, contrasts eller related), tom når den ikke fandt nogen.
// en: Items of other sources sharing at least one theme and one actor with the item, ranked by how many themes
// and actors they share; an actor is shared when both items name it in their own words (two chapters titled with
// the same actor do not make every pair of their items echo). relation: the ECHOES the analysis wrote between the
// two by their words (agrees, contrasts or related), null when it found none.
MATCH (x:Item {id: $item})-[:ABOUT]->(t:Theme)<-[:ABOUT]-(y:Item)
WHERE y.source <> x.source
WITH x, y, t ORDER BY t.id
WITH x, y, collect(DISTINCT t.id) AS themes
MATCH (x)-[:MENTIONS {by: 'text'}]->(a:Actor)<-[:MENTIONS {by: 'text'}]-(y)
WITH x, y, themes, a ORDER BY a.id
WITH x, y, themes, collect(DISTINCT a.id) AS actors
OPTIONAL MATCH (x)-[e:ECHOES]-(y)
RETURN y.source AS source, y.kind AS kind, y.id AS id, themes, actors, size(themes) + size(actors) AS shared,
       e.relation AS relation, y.text AS text
ORDER BY shared DESC, id
