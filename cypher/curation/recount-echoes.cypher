// Echo corrections change how many ECHOES there are: the analysis record keeps the count the store check
// compares with.
// Parameters: none
MATCH (a:Analysis {id: 'last'})
CALL { MATCH ()-[e:ECHOES]->() RETURN count(e) AS echoes }
SET a.echoes = echoes
