// Every theme, actor and source id, to tell an unknown id (404) from one with no items.
// Parameters: none
CALL { MATCH (t:Theme) RETURN 'theme' AS type, t.id AS key
       UNION ALL MATCH (a:Actor) RETURN 'actor' AS type, a.id AS key
       UNION ALL MATCH (s:Source) RETURN 'source' AS type, s.id AS key }
RETURN type, key
ORDER BY type, key
