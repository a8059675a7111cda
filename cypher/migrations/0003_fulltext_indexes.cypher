// Full-text search over what people say, what is claimed and who says it. Actor names
// and aliases are one field so a search for "Stotlenberg" finds Jens Stoltenberg.
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (s:Statement) ON EACH [s.text];
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.text];
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText];
CREATE FULLTEXT INDEX topic_names IF NOT EXISTS FOR (t:Topic) ON EACH [t.name, t.aliasText];
