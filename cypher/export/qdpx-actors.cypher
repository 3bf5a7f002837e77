// Every actor, for the REFI-QDA code book (codes under "Aktører", in name order).
// Parameters: none
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind
ORDER BY name, id
