// Keyset pagination orders statements by (at, id); `at` is the date said, or else the
// publication date, and is always set.
CREATE INDEX statement_at IF NOT EXISTS FOR (s:Statement) ON (s.at);
CREATE INDEX source_published_at IF NOT EXISTS FOR (s:Source) ON (s.publishedAt);
CREATE INDEX source_content_hash IF NOT EXISTS FOR (s:Source) ON (s.contentHash);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX actor_name_key IF NOT EXISTS FOR (a:Actor) ON (a.nameKey);
CREATE INDEX topic_name_key IF NOT EXISTS FOR (t:Topic) ON (t.nameKey);
