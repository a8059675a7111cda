// Sources are found by words of their title (Query.sources(filter: {title}), Query.search).
CREATE FULLTEXT INDEX source_titles IF NOT EXISTS FOR (src:Source) ON EACH [src.title];
// The audit trail (Query.auditTrail): one entry per change, newest first, per target.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at);
CREATE INDEX audit_entry_target IF NOT EXISTS FOR (e:AuditEntry) ON (e.targetId);
