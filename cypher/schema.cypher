// Schema of the findings graph. Applied at every start; every statement is idempotent (IF NOT EXISTS).
// Statements are separated by semicolons at line ends.

CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (s:Section) REQUIRE s.id IS UNIQUE;
// Findings and quotes also carry the label :Item, so one constraint and one index serve both.
CREATE CONSTRAINT item_id IF NOT EXISTS FOR (i:Item) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (t:Theme) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT person_name IF NOT EXISTS FOR (p:Person) REQUIRE p.name IS UNIQUE;
CREATE CONSTRAINT organisation_name IF NOT EXISTS FOR (o:Organisation) REQUIRE o.name IS UNIQUE;
CREATE CONSTRAINT role_name IF NOT EXISTS FOR (r:Role) REQUIRE r.name IS UNIQUE;

// Lookups the app and the query library filter on.
CREATE INDEX item_kind IF NOT EXISTS FOR (i:Item) ON (i.kind);
CREATE INDEX item_source IF NOT EXISTS FOR (i:Item) ON (i.source);

// Danish full-text search over what was said: the danish analyzer stems ("møde" finds "møderne").
CREATE FULLTEXT INDEX item_text IF NOT EXISTS FOR (n:Item) ON EACH [n.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'danish'}};
