// The people quotes are said by, for the page's speaker and merge choices.
// Parameters: none
MATCH (p:Person)
WHERE (p)<-[:SAID_BY]-()
RETURN p.name AS name
ORDER BY name
