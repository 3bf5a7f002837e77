// How big the graph is, for the explorer's header.
// Parameters: none
CALL { MATCH (i:Item) RETURN count(i) AS items }
CALL { MATCH (t:Theme) RETURN count(t) AS themes }
CALL { MATCH (a:Actor) RETURN count(a) AS actors }
CALL { MATCH (s:Source) RETURN count(s) AS sources }
CALL { MATCH ()-[e:ECHOES]->() RETURN count(e) AS echoes }
RETURN items, themes, actors, sources, echoes
