// Hvor mange kilder er indlæst? / How many sources are loaded?
// Parameters: none
// Not a table: dk.erfaringsgraf.report asks it first, so an empty graph gets a clear message.
// Column: sources (int) – loaded sources
MATCH (s:Source)
RETURN count(s) AS sources
ORDER BY sources
