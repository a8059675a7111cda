// The outcome of the latest $operation on $targetId: what a repeated removal answers.
MATCH (e:AuditEntry {targetId: $targetId})
WHERE e.operation = $operation
RETURN e.after AS after
ORDER BY e.at DESC
LIMIT 1
