// A :Source's own properties, bound as `src` (see source-fields.cypher for what is left out).
.id, .kind, .title, .url, .author, .publishedAt, .contentHash
