// What the write and read use cases accept, transport-neutral: the GraphQL inputs are one
// caller's spelling of these (structurally assignable), the CLI and the queue are others.
// Enumerations arrive as strings because every use case validates them itself.

type Optional<T> = T | null | undefined;

export interface AffiliationInput {
  organizationId: string;
  title: string;
  since?: Optional<string>;
  until?: Optional<string>;
}

export interface ActorInput {
  id?: Optional<string>;
  name: string;
  /** required to create; a change of a stored kind needs replace: ['KIND'] */
  kind?: Optional<string>;
  role?: Optional<string>;
  wikidataId?: Optional<string>;
  /** added to the stored aliases */
  aliases?: Optional<readonly string[]>;
  /** added to the stored affiliations */
  affiliations?: Optional<readonly AffiliationInput[]>;
  /** fields (ActorField) to overwrite, or clear when not given, instead of merging */
  replace?: Optional<readonly string[]>;
}

export interface DerivationInput {
  sourceId: string;
  relation: string;
}

export interface SourceInput {
  id?: Optional<string>;
  /** required to create; a change of a stored kind needs replace: ['KIND'] */
  kind?: Optional<string>;
  url?: Optional<string>;
  title?: Optional<string>;
  author?: Optional<string>;
  outletId?: Optional<string>;
  publishedAt?: Optional<string>;
  /** added to the stored derivations */
  derivedFrom?: Optional<readonly DerivationInput[]>;
  /** fields (SourceField) to overwrite, or clear when not given, instead of merging */
  replace?: Optional<readonly string[]>;
}

export interface ClaimInput {
  id?: Optional<string>;
  text?: Optional<string>;
  topicIds?: Optional<readonly string[]>;
}

export interface RecordStatementInput {
  id?: Optional<string>;
  text: string;
  cue: string;
  direct: boolean;
  speakerId: string;
  sourceId: string;
  /** intermediary sources, nearest the speaker first */
  viaIds?: Optional<readonly string[]>;
  saidAt?: Optional<string>;
  audience?: Optional<string>;
  confidence?: Optional<number>;
  startOffset?: Optional<number>;
  endOffset?: Optional<number>;
  claim?: Optional<ClaimInput>;
}

export interface RelateClaimsInput {
  claimId: string;
  otherId: string;
  relation: string;
}

export interface StatementFilterInput {
  /** a speaker's canonical name or alias */
  speaker?: Optional<string>;
  /** a topic's name */
  topic?: Optional<string>;
  sourceId?: Optional<string>;
  from?: Optional<string>;
  to?: Optional<string>;
  direct?: Optional<boolean>;
  /** full-text words */
  text?: Optional<string>;
}

export interface SourceFilterInput {
  /** the publishing outlet's name: a surname-style partial name or near-miss also matches */
  outlet?: Optional<string>;
  /** words every matching title has */
  title?: Optional<string>;
  kind?: Optional<string>;
  from?: Optional<string>;
  to?: Optional<string>;
}

export interface CorrectStatementInput {
  id: string;
  speakerId?: Optional<string>;
  text?: Optional<string>;
  /** null clears the statement's own date */
  saidAt?: Optional<string>;
}
