// Every loaded source with the files it was read from and the content hash it was loaded with, to tell
// without extracting whether the corpus changed since.
// Parameters: none
MATCH (s:Source)
RETURN s.id AS id, s.renditions AS files, s.contentHash AS hash
ORDER BY id
