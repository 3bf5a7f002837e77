// Removes the ECHOES of an earlier analysis before the new ones are written.
// Parameters: none
MATCH ()-[e:ECHOES]->()
DELETE e
