// The linker: pure functions that connect statements into a claim graph (which claim a
// statement expresses, what a denial denies, which stances and topics an article states,
// whether an article copies another). src/core/link/ reads candidates and writes the links.

export {
  betterMatch,
  type ClaimMatch,
  type ClaimMatchMethod,
  compareStatements,
  compareTexts,
} from './claim-match';
export { type DenialTarget, denialTarget } from './denial';
export { matchText, significant } from './match-text';
export { type NamedActor, stancesIn, type TextStance } from './stance';
export { bodyResemblance, isCopy, resemblanceTo } from './syndication';
export { articleSubjects, mentions } from './topics';
