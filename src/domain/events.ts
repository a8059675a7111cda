// What the graph tells subscribers, after the write that caused it has committed. Events carry
// what a subscriber's filter needs (so a filter is decided without a database read per
// subscriber) and travel as JSON: through Redis pub/sub between replicas, or in process.

/** A statement was recorded: by recordStatement, ingestArticle or an ingest worker. */
export interface StatementAddedEvent {
  statementId: string;
  text: string;
  direct: boolean;
  /** the sort date: said, else published (YYYY-MM-DD) */
  at: string | null;
  speaker: { id: string; names: string[] };
  /** the names and aliases of its claim's topics */
  topics: string[];
  sourceId: string;
  claimId: string | null;
}

/** A claim reached a source that did not carry it before (a new appearance). */
export interface ClaimAppearedEvent {
  claimId: string;
  sourceId: string;
  statementId: string;
}

export interface GraphEvents {
  'statement-added': StatementAddedEvent;
  'claim-appeared': ClaimAppearedEvent;
}

export type GraphEventTopic = keyof GraphEvents;

/** Where use cases hand events once their write has committed; it never blocks the write. */
export interface EventPublisher {
  publish<T extends GraphEventTopic>(topic: T, event: GraphEvents[T]): void;
  /** an announcement could not be made (its read failed): logged, never thrown at the writer */
  failed(what: string, error: unknown): void;
}
