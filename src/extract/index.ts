// The extractor's public surface: article text in, attributed statements out; and the name
// matcher the ingest path uses against names already in the graph.

export { extractStatements } from './extract';
export { isGuardedTypo, matchName, type NameCandidate, type NameMatch, osaDistance } from './name-match';
export type {
  ArticleInput,
  DatePrecision,
  ExtractedIntermediary,
  ExtractedSpeaker,
  ExtractedStatement,
  ExtractionResult,
  ResolutionMethod,
  TextSpan,
} from './types';
