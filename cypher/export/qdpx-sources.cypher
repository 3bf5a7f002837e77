// Every source with the files (renditions) it was read from and each file's SHA-256 as loaded, for the REFI-QDA
// export: the text of each file is read again from the corpus and must be the one the line numbers refer to.
// Parameters: none
MATCH (s:Source)
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.year AS year, s.renditions AS files,
       s.sha256 AS hashes
ORDER BY id
