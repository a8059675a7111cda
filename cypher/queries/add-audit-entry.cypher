// One change as src/domain/audit.ts describes it; written in the change's own transaction.
CREATE (e:AuditEntry {
  id: $id, at: $at, by: $by, operation: $operation,
  targetKind: $targetKind, targetId: $targetId, before: $before, after: $after
})
