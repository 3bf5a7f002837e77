// How many themes and actors have no analysis scores yet (0 once 'analyze' has run on the current graph).
// Parameters: none
MATCH (n)
WHERE (n:Theme OR n:Actor) AND n.pagerank IS NULL
RETURN count(n) AS missing
