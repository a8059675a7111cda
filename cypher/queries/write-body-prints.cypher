UNWIND $rows AS row
MATCH (src:Source {id: row.id})
SET src.bodyPrint = row.bodyPrint
