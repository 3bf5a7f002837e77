// Whether the graph needs 'analyze': the sources as loaded now (id and content hash) and as the last complete
// analysis saw them. They differ when a load came after it, or when an analysis was interrupted (its results
// and record are written in one transaction, so an interrupted one left the older record).
// Parameters: none
CALL { MATCH (s:Source) WITH s ORDER BY s.id RETURN collect(s.id + '=' + s.contentHash) AS loaded }
OPTIONAL MATCH (a:Analysis {id: 'last'})
RETURN loaded, a.loaded AS analysed
