// The one catalogue of refusal grounds (FOIA, EIR, FOISA, EISR), shared by rules, hover and
// completion: look-up by citation, citations found in free text, and prefix search for completion.
export {
  allGrounds,
  allProvisions,
  compareCitations,
  groundsMatchingPrefix,
  lookupGround,
  normaliseCitation,
  resolveCitation,
  type ResolvedCitation,
} from './lookup';
export { findCitations, type CitationForm, type CitationMatch } from './citations';
export type { Ground, GroundKind, HarmTest, Provision, SourceStatus, Standing } from './ground';
export { confirmedLoose, findLooseCitations, joinParts, looseRegime, type LooseCitation, type LooseKind, type LooseProblem } from './loose-citations';
