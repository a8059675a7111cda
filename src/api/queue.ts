import type { IngestJobView, IngestQueue } from '../bus/ingest-queue';
import type { IngestOutcome, ValidArticle } from '../core/ingest/ingest-article';

/** The ingest queue as the API uses it: validated articles in, ingest outcomes out. */
export type ApiIngestQueue = IngestQueue<ValidArticle, IngestOutcome>;

export type IngestJobRow = IngestJobView<IngestOutcome>;

/** At most this many articles per ingestArticles call. */
export const MAX_ENQUEUED_PER_CALL = 100;
