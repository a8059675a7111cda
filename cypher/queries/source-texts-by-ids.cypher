// The full texts of sources, apart from source-fields: only `Source.text` asks for them.
UNWIND $ids AS id
MATCH (src:Source {id: id})
RETURN id AS key, src.text AS text
