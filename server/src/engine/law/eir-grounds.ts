// EIR 2004 exceptions (RULES.md §6, §9.2): reg 12(4)(a)-(e), 12(5)(a)-(g), reg 13 and the reg 12(6)
// NCND provision. Every reg 12 exception is public-interest tested, with a presumption in favour of
// disclosure (reg 12(1)(b), 12(2)) [V S25].

import { makeGround, type Ground, type GroundSpec } from './ground';

const EMISSIONS = 'Not for information on emissions (reg 12(9)) (EIR-06)';
const EMISSIONS_CAVEAT = 'The emissions override and its regulation number are from secondary sources [S S29]';

const specs: GroundSpec[] = [
  {
    citation: '12(4)',
    subject: 'Exceptions about the request or the state of the information (12(4)(a)-(e))',
    standing: 'qualified',
    test: 'class',
    notes: ['Cite the lettered exception, e.g. 12(4)(b): reg 14(3)(a) requires the exception relied on to be specified'],
    status: 'V',
  },
  {
    citation: '12(4)(a)',
    subject: 'Information not held when the request is received',
    standing: 'qualified',
    test: 'class',
    notes: ['"Not held" under the EIR needs a reg 14 refusal with the rights paragraph (EIR-09, RESP-03)'],
    status: 'V',
  },
  {
    citation: '12(4)(b)',
    subject: 'Request manifestly unreasonable',
    standing: 'qualified',
    test: 'class',
    notes: ['Also covers excessive cost or burden: the EIR have no s.12 cost limit (EIR-08)'],
    status: 'V',
  },
  {
    citation: '12(4)(c)',
    subject: 'Request formulated in too general a manner',
    standing: 'qualified',
    test: 'class',
    notes: ['Only after advice and assistance under reg 9 (EIR-05)'],
    mustAlso: ['The advice and assistance given under reg 9 to help the requester clarify the request (EIR-05)'],
    status: 'V',
  },
  {
    citation: '12(4)(d)',
    subject: 'Material still in the course of completion, unfinished documents or incomplete data',
    standing: 'qualified',
    test: 'class',
    notes: ['reg 14(4): name the authority preparing the information (if known) and the estimated completion time (EIR-04)'],
    mustAlso: [
      'The name of any other public authority preparing the information, if known (reg 14(4))',
      'The estimated time in which the information will be finished or completed (reg 14(4))',
    ],
    status: 'V',
  },
  { citation: '12(4)(e)', subject: 'Internal communications', standing: 'qualified', test: 'class', status: 'V' },
  {
    citation: '12(5)',
    subject: 'Exceptions where disclosure would adversely affect a listed interest (12(5)(a)-(g))',
    standing: 'qualified',
    test: 'adverse-effect',
    notes: ['Cite the lettered exception, e.g. 12(5)(e): reg 14(3)(a) requires the exception relied on to be specified'],
    status: 'V',
  },
  {
    citation: '12(5)(a)',
    subject: 'Adverse effect on international relations, defence, national security or public safety',
    standing: 'qualified',
    test: 'adverse-effect',
    ncnd: ['12(6)'],
    ncndStatus: 'U',
    status: 'V',
  },
  {
    citation: '12(5)(b)',
    subject: 'Adverse effect on the course of justice, a fair trial, or an authority\'s ability to conduct a criminal or disciplinary inquiry',
    standing: 'qualified',
    test: 'adverse-effect',
    status: 'V',
  },
  { citation: '12(5)(c)', subject: 'Adverse effect on intellectual property rights', standing: 'qualified', test: 'adverse-effect', status: 'V' },
  {
    citation: '12(5)(d)',
    subject: 'Adverse effect on the confidentiality of proceedings, where that confidentiality is provided by law',
    standing: 'qualified',
    test: 'adverse-effect',
    notes: [EMISSIONS],
    status: 'V',
    caveats: [EMISSIONS_CAVEAT],
  },
  {
    citation: '12(5)(e)',
    subject: 'Adverse effect on the confidentiality of commercial or industrial information, where provided by law to protect a legitimate economic interest',
    standing: 'qualified',
    test: 'adverse-effect',
    notes: [EMISSIONS],
    status: 'V',
    caveats: [EMISSIONS_CAVEAT],
  },
  {
    citation: '12(5)(f)',
    subject: 'Adverse effect on the interests of a person who provided the information voluntarily',
    standing: 'qualified',
    test: 'adverse-effect',
    notes: [EMISSIONS],
    status: 'V',
    caveats: [EMISSIONS_CAVEAT],
  },
  {
    citation: '12(5)(g)',
    subject: 'Adverse effect on the protection of the environment to which the information relates',
    standing: 'qualified',
    test: 'adverse-effect',
    notes: [EMISSIONS],
    status: 'V',
    caveats: [EMISSIONS_CAVEAT],
  },
  {
    citation: '12(6)',
    subject: 'Neither confirm nor deny, where confirming or denying would adversely affect a reg 12(5) interest',
    kind: 'ncnd-provision',
    standing: 'qualified',
    test: 'adverse-effect',
    ncnd: ['12(6)'],
    ncndStatus: 'U',
    status: 'U',
    caveats: [
      'Not verified [U]: RULES.md gives the scope as the 12(5)(a)-(g) interests; the published regulation may limit it to 12(5)(a). Check before relying on it',
    ],
  },
  {
    citation: '13',
    subject: 'Third-party personal data',
    standing: 'conditional',
    standingNote: 'The first condition (disclosure would breach the data protection principles) is not public-interest tested; the other conditions are',
    test: 'class',
    ncnd: ['13(5A)', '13(5B)'],
    ncndStatus: 'V',
    notes: ['Personal data is withheld under reg 13, not reg 12 (reg 12(3))'],
    mustAlso: [
      'That the information is personal data of someone other than the requester, and which condition of reg 13 applies',
      'Where they apply, the public interest matters under reg 13(2)(a)(ii) or 13(3) (reg 14(3)(b))',
    ],
    status: 'V',
    caveats: ['Exact post-2018 wording of the reg 13 conditions not verified [U]'],
  },
];

export const eirGrounds: readonly Ground[] = specs.map((spec) => makeGround('eir', spec));
