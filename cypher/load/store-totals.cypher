// The totals the store check compares with the sources' records: all items; and all ECHOES with the count
// the last analysis wrote, when it is of the sources as loaded now (a load since deleted some of them).
// Parameters: none
CALL { MATCH (i:Item) RETURN count(i) AS items }
CALL { MATCH ()-[e:ECHOES]->() RETURN count(e) AS echoes }
CALL { MATCH (s:Source) WITH s ORDER BY s.id RETURN collect(s.id + '=' + s.contentHash) AS loaded }
OPTIONAL MATCH (a:Analysis {id: 'last'})
RETURN items, echoes, CASE WHEN a.loaded = loaded THEN a.echoes END AS analysedEchoes
