// An article's possible originals are found by its body print (src/domain/body-print.ts):
// whitespace-separated min-hash tokens, matched as they are.
CREATE FULLTEXT INDEX source_body_prints IF NOT EXISTS FOR (src:Source) ON EACH [src.bodyPrint]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
