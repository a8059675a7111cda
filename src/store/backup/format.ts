// The export file: JSON lines. A header, then every node, then every relationship.
// Nodes are keyed by their element id at export time; relationships name their ends by it.

import type { Encoded } from './typed-values';

export const EXPORT_FORMAT = 'claimgraph-export';
export const EXPORT_VERSION = 1;

export interface HeaderLine {
  type: 'header';
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  nodes: number;
  relationships: number;
}

export interface NodeLine {
  type: 'node';
  k: string;
  labels: string[];
  props: Record<string, Encoded>;
}

export interface RelationshipLine {
  type: 'rel';
  t: string;
  s: string;
  e: string;
  props: Record<string, Encoded>;
}

export type ExportLine = HeaderLine | NodeLine | RelationshipLine;

export interface Progress {
  phase: 'nodes' | 'relationships';
  done: number;
  total: number;
}

/** Labels never exported and ignored when checking that a database is empty. */
export const INTERNAL_LABELS = ['Migration'];
