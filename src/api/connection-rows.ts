// What each GraphQL connection type resolves from (codegen.ts maps them): a Connection of the
// row its nodes are made from. Kept apart from pagination.ts, which the repositories import,
// so that pagination never imports them back.

import type { AuditEntry } from '../domain/audit';
import type { Actor, Claim, Source, Stance, Statement, Topic } from '../domain/model';
import type { AffiliationRow } from '../store/repo/actors';
import type { ClaimConflictRow, ClaimLinkRow } from '../store/repo/claims';
import type { DerivationRow } from '../store/repo/sources';
import type { Connection } from './connections';

export type StatementConnectionRow = Connection<Statement>;
export type ActorConnectionRow = Connection<Actor>;
export type SourceConnectionRow = Connection<Source>;
export type ClaimConnectionRow = Connection<Claim>;
export type TopicConnectionRow = Connection<Topic>;
export type StanceConnectionRow = Connection<Stance>;
export type AffiliationConnectionRow = Connection<AffiliationRow>;
export type SourceDerivationConnectionRow = Connection<DerivationRow>;
export type ClaimLinkConnectionRow = Connection<ClaimLinkRow>;
export type ClaimConflictConnectionRow = Connection<ClaimConflictRow>;
export type AuditEntryConnectionRow = Connection<AuditEntry>;
