// The statements a publication reports, whole: what a re-ingest with a corrected date re-dates.
MATCH (s:Statement)-[:REPORTED_IN]->(:Source {id: $sourceId})
RETURN {{statement-fields}} AS statement
