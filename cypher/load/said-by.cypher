// Links quotes to who said them: a named person (who BELONGS_TO an organisation when one is printed)
// and/or a role ("fagdirektør, sundhedsområdet"). A person printed in several ways keeps the other forms
// as aliases ("Stefan Birkebjerg" of "Stefan Birkebjerg Andersen").
UNWIND $speakers AS s
MATCH (q:Quote {id: s.quote})
FOREACH (_ IN CASE WHEN s.person IS NULL THEN [] ELSE [1] END |
  MERGE (p:Person {name: s.person})
  SET p.aliases = CASE WHEN size(s.aliases) > 0 THEN s.aliases ELSE p.aliases END
  CREATE (q)-[:SAID_BY]->(p)
  FOREACH (__ IN CASE WHEN s.organisation IS NULL THEN [] ELSE [1] END |
    MERGE (o:Organisation {name: s.organisation})
    MERGE (p)-[:BELONGS_TO]->(o)))
FOREACH (_ IN CASE WHEN s.role IS NULL THEN [] ELSE [1] END |
  MERGE (r:Role {name: s.role})
  CREATE (q)-[:SAID_BY]->(r))
