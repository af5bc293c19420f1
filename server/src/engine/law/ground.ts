// The shape of a refusal ground (FOIA/FOISA exemption, EIR/EISR exception, or procedural ground such
// as FOIA s.12 and s.14) and the builder that derives the public-interest flag and the refusal-notice
// checklist from the few facts each catalogue entry states. One builder keeps the four catalogues
// consistent with each other and with RULES.md §4, §6 and §7.

import type { RegimeId } from '../types';

/** RULES.md status tags: V = checked against the source, S = secondary source, U = not verified. */
export type SourceStatus = 'V' | 'S' | 'U';

/**
 * absolute: no public interest test; qualified: public interest test; conditional: absolute in some
 * circumstances only (see standingNote); not-applicable: procedural grounds and non-exemptions.
 */
export type Standing = 'absolute' | 'qualified' | 'conditional' | 'not-applicable';

/**
 * class: engaged by the kind of information; prejudice: FOIA "would (be likely to) prejudice";
 * substantial-prejudice: FOISA/EISR harm test; adverse-effect: EIR reg 12(5); class-and-prejudice: both
 * limbs exist; endangerment: FOIA s.38 / FOISA s.39(1); safeguarding: FOIA s.24 "required for the purpose
 * of safeguarding"; none: procedural.
 */
export type HarmTest =
  | 'class'
  | 'prejudice'
  | 'substantial-prejudice'
  | 'adverse-effect'
  | 'class-and-prejudice'
  | 'endangerment'
  | 'safeguarding'
  | 'none';

export type GroundKind = 'exemption' | 'exception' | 'procedural' | 'ncnd-provision' | 'not-a-ground';

export interface Ground {
  regime: RegimeId;
  /** Normalised citation: "40(2)", "12(4)(b)", "38(1)(b)", "22A". */
  citation: string;
  /** As a letter should write it: "section 40(2)", "regulation 12(4)(b)". */
  label: string;
  subject: string;
  kind: GroundKind;
  standing: Standing;
  /** When standing is conditional (or has a qualification): when it is absolute. */
  standingNote?: string;
  publicInterestTest: 'required' | 'not-required' | 'conditional';
  test: HarmTest;
  /** The neither-confirm-nor-deny provisions for this ground, as citations ("40(5B)"); may be empty. */
  ncnd: readonly string[];
  /** False when the law does not allow NCND with this ground (FOIA s.21; FOISA outside s.18). */
  ncndAvailable: boolean;
  ncndStatus: SourceStatus;
  notes: readonly string[];
  /** What a refusal notice relying on this ground must contain: short lines for hovers. */
  noticeMustContain: readonly string[];
  /** Status of the subject, standing and test (the facts rules rely on): the weakest tag among them. */
  status: SourceStatus;
  /** status === 'V'. */
  verified: boolean;
  /** Facts in this entry that are not verified, each with its RULES.md tag, so hovers can say so. */
  caveats: readonly string[];
}

/** A provision that is not a refusal ground but is commonly cited (FOIA s.50, EIR reg 14...). */
export interface Provision {
  regime: RegimeId;
  citation: string;
  label: string;
  title: string;
  status: SourceStatus;
}

export interface GroundSpec {
  citation: string;
  subject: string;
  kind?: GroundKind;
  standing: Standing;
  standingNote?: string;
  test: HarmTest;
  ncnd?: readonly string[];
  ncndAvailable?: boolean;
  ncndStatus?: SourceStatus;
  notes?: readonly string[];
  /** Notice items specific to this ground, added after the regime's general ones. */
  mustAlso?: readonly string[];
  /** Replaces the regime's general notice items (procedural grounds have their own). */
  mustInstead?: readonly string[];
  status: SourceStatus;
  caveats?: readonly string[];
}

const SECTION_REGIMES: ReadonlySet<RegimeId> = new Set<RegimeId>(['foia', 'foisa']);

export function citationKeyword(regime: RegimeId): 'section' | 'regulation' {
  return SECTION_REGIMES.has(regime) ? 'section' : 'regulation';
}

const FOIA_RIGHTS = [
  'Particulars of the internal review procedure, or a statement that there is none (s.17(7)(a))',
  'The right to complain to the Information Commissioner under s.50, with contact details (s.17(7)(b))',
];

const EIR_RIGHTS = [
  'That the requester may make representations (ask for an internal review) within 40 working days (reg 11, reg 14(5)(a))',
  'The enforcement and appeal provisions: a complaint to the Information Commissioner (reg 14(5)(b), reg 18)',
];

const FOISA_RIGHTS = [
  'Particulars of the complaints procedure, the right to require a review within 40 working days (s.20) and the right to apply to the Scottish Information Commissioner (s.47) (s.19)',
];

const EISR_RIGHTS = [
  'The right to ask for a review within 40 working days (reg 16) and then to apply to the Scottish Information Commissioner',
];

function generalNotice(regime: RegimeId, label: string, spec: GroundSpec): string[] {
  const pit = spec.standing === 'qualified' || spec.standing === 'conditional';
  const pitWhen = spec.standing === 'conditional' ? ' (where the exemption is not absolute)' : '';
  const harm =
    spec.test === 'prejudice' || spec.test === 'class-and-prejudice'
      ? ['The interest that would be harmed and the likelihood: "would" or "would be likely to" prejudice']
      : spec.test === 'substantial-prejudice'
        ? ['How disclosure would, or would be likely to, prejudice substantially the interest concerned']
        : spec.test === 'adverse-effect'
          ? ['How disclosure would adversely affect the interest concerned']
          : spec.test === 'endangerment'
            ? ['How disclosure would, or would be likely to, endanger health or safety']
            : [];
  switch (regime) {
    case 'foia':
      return [
        'That information is withheld, or that the authority neither confirms nor denies holding it (s.17(1)(a))',
        `The exemption specified: ${label} (s.17(1)(b))`,
        'Why the exemption applies, unless that is apparent (s.17(1)(c))',
        ...harm,
        ...(pit
          ? [`Public interest reasons: factors for disclosure, factors for withholding, and why withholding wins${pitWhen} (s.17(3))`]
          : []),
        ...FOIA_RIGHTS,
      ];
    case 'eir':
      return [
        'The refusal in writing, within 20 working days (reg 14(1), (2))',
        `The exception specified: ${label} (reg 14(3)(a))`,
        ...harm,
        `The public interest matters considered, and why maintaining the exception outweighs disclosure${pitWhen}, with the presumption in favour of disclosure (reg 12(1)(b), 12(2), 14(3)(b))`,
        ...EIR_RIGHTS,
      ];
    case 'foisa':
      return [
        'That the authority holds the information, unless it relies on s.18 (neither confirm nor deny) (s.16(1))',
        `That the information is exempt, specifying the exemption: ${label} (s.16(1))`,
        'Why the exemption applies, if that is not apparent (s.16(1))',
        ...harm,
        ...(pit ? [`Why the public interest in maintaining the exemption outweighs that in disclosure${pitWhen} (s.16(2))`] : []),
        ...FOISA_RIGHTS,
      ];
    case 'eisr':
      return [
        `The exception specified: ${label}`,
        ...harm,
        `The public interest matters considered, and why maintaining the exception outweighs disclosure${pitWhen}`,
        ...EISR_RIGHTS,
      ];
  }
}

export function rightsNotice(regime: RegimeId): readonly string[] {
  switch (regime) {
    case 'foia':
      return FOIA_RIGHTS;
    case 'eir':
      return EIR_RIGHTS;
    case 'foisa':
      return FOISA_RIGHTS;
    case 'eisr':
      return EISR_RIGHTS;
  }
}

export function makeGround(regime: RegimeId, spec: GroundSpec): Ground {
  const label = `${citationKeyword(regime)} ${spec.citation}`;
  const kind = spec.kind ?? (SECTION_REGIMES.has(regime) ? 'exemption' : 'exception');
  const publicInterestTest =
    spec.standing === 'qualified' ? 'required' : spec.standing === 'conditional' ? 'conditional' : 'not-required';
  const notice = spec.mustInstead
    ? [...spec.mustInstead]
    : [...generalNotice(regime, label, spec), ...(spec.mustAlso ?? [])];
  return {
    regime,
    citation: spec.citation,
    label,
    subject: spec.subject,
    kind,
    standing: spec.standing,
    ...(spec.standingNote ? { standingNote: spec.standingNote } : {}),
    publicInterestTest,
    test: spec.test,
    ncnd: spec.ncnd ?? [],
    ncndAvailable: spec.ncndAvailable ?? (spec.ncnd ?? []).length > 0,
    ncndStatus: spec.ncndStatus ?? 'U',
    notes: spec.notes ?? [],
    noticeMustContain: notice,
    status: spec.status,
    verified: spec.status === 'V',
    caveats: spec.caveats ?? [],
  };
}
