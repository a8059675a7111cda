UNWIND $ids AS id
MATCH (:Source {id: id})<-[d:DERIVED_FROM]-(derived:Source)
RETURN id AS key, derived.id AS sourceId, d.relation AS relation
ORDER BY derived.id
