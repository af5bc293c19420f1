import type { RegimeId } from '../types';

// The refusal-notice provisions of each regime, as messages cite them. One table, so the rules word
// FOIA, EIR, FOISA and EISR findings alike.

export interface RefusalLaw {
  /** "exemption" (FOIA, FOISA) or "exception" (EIR, EISR). */
  ground: string;
  /** An example citation in the regime's form. */
  example: string;
  /** Where the law says the ground must be specified. */
  specify: string;
  /** Where it says the reasons must be given. */
  reasons: string;
  /** Where it requires the public interest reasons. */
  publicInterest: string;
  /** Where it requires the rights information. */
  rights: string;
  /** The regulator. */
  commissioner: string;
}

export const REFUSAL_LAW: Record<RegimeId, RefusalLaw> = {
  foia: {
    ground: 'exemption',
    example: 'section 43(2)',
    specify: 'FOIA section 17(1)(b)',
    reasons: 'FOIA section 17(1)(c)',
    publicInterest: 'FOIA section 17(3)',
    rights: 'FOIA section 17(7)',
    commissioner: 'the Information Commissioner',
  },
  eir: {
    ground: 'exception',
    example: 'regulation 12(5)(e)',
    specify: 'EIR regulation 14(3)(a)',
    reasons: 'EIR regulation 14(3)',
    publicInterest: 'EIR regulations 12(1)(b) and 14(3)(b)',
    rights: 'EIR regulation 14(5)',
    commissioner: 'the Information Commissioner',
  },
  foisa: {
    ground: 'exemption',
    example: 'section 33(1)(b)',
    specify: 'FOISA section 16(1)',
    reasons: 'FOISA section 16(1)',
    publicInterest: 'FOISA section 16(2)',
    rights: 'FOISA section 19',
    commissioner: 'the Scottish Information Commissioner',
  },
  eisr: {
    ground: 'exception',
    example: 'regulation 10(5)(e)',
    specify: 'the EISR',
    reasons: 'the EISR',
    publicInterest: 'the EISR',
    rights: 'the EISR',
    commissioner: 'the Scottish Information Commissioner',
  },
};

/** "section 43(2)" -> "Section 43(2)", to start a message. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A cited ground as a message names it: the regime's keyword and the number as cited ("section 36(2)(b)"). */
export function citedLabel(c: { ground: { label: string }; citation: string }): string {
  return `${c.ground.label.split(' ')[0]} ${c.citation}`;
}
