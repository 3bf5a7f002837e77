// Speakers nobody quotes any more, then organisations nobody belongs to.
MATCH (p)
WHERE (p:Person OR p:Role) AND NOT (p)<-[:SAID_BY]-()
DETACH DELETE p;
MATCH (o:Organisation)
WHERE NOT (o)<-[:BELONGS_TO]-()
DELETE o
