// Every theme, for the REFI-QDA code book (codes under "Temaer", in name order as a code tree shows them).
// Parameters: none
MATCH (t:Theme)
RETURN t.id AS id, t.name AS name, t.nameEn AS nameEn, t.description AS description
ORDER BY name, id
