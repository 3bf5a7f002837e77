// Every loaded source id.
MATCH (s:Source)
RETURN s.id AS id ORDER BY id
