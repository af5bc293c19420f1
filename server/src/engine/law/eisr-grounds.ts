// EISR 2004 (Scotland) exceptions (RULES.md §7, §9.2): reg 10(4)(a)-(e), 10(5)(a)-(g) and reg 11
// (personal data). RULES.md records them as the equivalents of EIR reg 12(4), 12(5) and 13, with a
// "substantially prejudice" threshold in 10(5) [S S40]. The EISR text itself was not checked, so every
// subject here is the EIR equivalent's, tagged [S]; NCND provisions are not recorded.

import { eirGrounds } from './eir-grounds';
import { makeGround, type Ground, type GroundSpec } from './ground';

const MAPPED = 'Taken as the equivalent of the EIR exception; EISR text not checked [S S40]';
const NO_NCND = 'EISR NCND provision not recorded in RULES.md [U]';

function fromEir(eisrCitation: string, eirCitation: string): GroundSpec {
  const eir = eirGrounds.find((g) => g.citation === eirCitation);
  if (!eir) throw new Error(`EIR ground ${eirCitation} missing`);
  const subject = eir.subject.replace(/^Adverse effect on /, 'Substantial prejudice to ');
  return {
    citation: eisrCitation,
    subject,
    standing: 'qualified',
    test: eisrCitation.startsWith('10(5)') ? 'substantial-prejudice' : eir.test,
    ncndStatus: 'U',
    status: 'S',
    caveats: [MAPPED, NO_NCND],
  };
}

const specs: GroundSpec[] = [
  ...['a', 'b', 'c', 'd', 'e'].map((l) => fromEir(`10(4)(${l})`, `12(4)(${l})`)),
  ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((l) => fromEir(`10(5)(${l})`, `12(5)(${l})`)),
  {
    citation: '10(4)',
    subject: 'Exceptions about the request or the state of the information (10(4)(a)-(e))',
    standing: 'qualified',
    test: 'class',
    notes: ['Cite the lettered exception, e.g. 10(4)(b)'],
    status: 'S',
    caveats: [MAPPED],
  },
  {
    citation: '10(5)',
    subject: 'Exceptions where disclosure would substantially prejudice a listed interest (10(5)(a)-(g))',
    standing: 'qualified',
    test: 'substantial-prejudice',
    notes: ['Cite the lettered exception, e.g. 10(5)(e)', 'The threshold is "substantially prejudice", not "adversely affect" [S S40]'],
    status: 'S',
    caveats: [MAPPED],
  },
  {
    citation: '11',
    subject: 'Personal data',
    standing: 'conditional',
    standingNote: 'Taken to follow EIR reg 13: the first condition is not public-interest tested [U]',
    test: 'class',
    ncndStatus: 'U',
    notes: ['Personal data is withheld under reg 11, not reg 10 (EIR reg 13 equivalent)'],
    status: 'S',
    caveats: ['Personal data is reg 11 [S S40]; its conditions are not verified [U]', NO_NCND],
  },
];

export const eisrGrounds: readonly Ground[] = specs.map((spec) => makeGround('eisr', spec));
