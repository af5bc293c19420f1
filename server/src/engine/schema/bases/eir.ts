import type { RawSchema, RawSection } from '../raw';
import { foia, ICO_CONTACT } from './foia';
import { commonLayout } from './layout';

// The built-in base for the Environmental Information Regulations 2004 (England, Wales and Northern
// Ireland). House style is the FOIA base's (same sections, same order, same direct-marketing and
// further-information paragraphs); what differs is the law: the regime statement, the rights
// paragraph (representations under reg 11 within 40 working days, reconsideration within 40 working
// days, then the ICO through reg 18) and the refusal paragraphs, which cite reg 12 and 13 exceptions.

/** A section of the FOIA base, shared unchanged. */
export function houseSection(id: string): RawSection {
  const section = foia.sections?.find((s) => s.id === id);
  if (!section) throw new Error(`the FOIA base has no '${id}' section`);
  return section;
}

/** A paragraph of the FOIA base, shared unchanged. */
export function houseParagraph(id: string): NonNullable<RawSchema['paragraphs']>[string] {
  const paragraph = foia.paragraphs?.[id];
  if (!paragraph) throw new Error(`the FOIA base has no '${id}' paragraph`);
  return paragraph;
}

/** The FOIA base's rights section with another paragraph and other required mentions. */
export function rightsSection(paragraph: string, mustMention: NonNullable<RawSection['mustMention']>): RawSection {
  return { ...houseSection('rights'), mustMention, paragraph };
}

/**
 * The FOIA base's sections in its house order, with this regime's statement paragraph and what its
 * rights paragraph must mention.
 */
export function houseSections(regimeParagraph: string, rightsMentions: NonNullable<RawSection['mustMention']>): RawSection[] {
  return [
    { ...houseSection('regime'), paragraph: regimeParagraph },
    houseSection('response'),
    houseSection('further-information'),
    houseSection('direct-marketing'),
    rightsSection('rights', rightsMentions),
  ];
}

export const eir: RawSchema = {
  sections: houseSections('regime-eir', [
    {
      id: 'internal-review',
      description: 'how to make representations (ask for an internal review) under regulation 11',
      pattern: ['\\breview\\b', '\\brepresentations?\\b', '\\breconsider'],
    },
    {
      id: 'review-window',
      description: 'the 40 working days allowed to make representations',
      pattern: ['\\b(?:40|forty) working days\\b'],
    },
    // The Information Commissioner, as in the FOIA base (regulation 18 applies FOIA's enforcement).
    ...(houseSection('rights').mustMention ?? []).filter((m) => m.id.startsWith('commissioner')),
  ]),
  paragraphs: {
    acknowledgement: houseParagraph('acknowledgement'),
    'regime-eir': { ...houseParagraph('regime-eir'), section: 'regime' },
    'not-held': {
      title: 'Information not held: regulation 12(4)(a)',
      description: 'Refuses under regulation 12(4)(a) because the information is not held, with advice on where it may be held.',
      text:
        'The council does not hold the information you have requested, so we are refusing your request under ' +
        'regulation 12(4)(a) of the Environmental Information Regulations 2004 (information not held when the ' +
        'request was received). You may wish to contact [other authority], which may hold it.',
    },
    'reg-12-4-b': {
      title: 'Regulation 12(4)(b): manifestly unreasonable, with the public interest test',
      description:
        'Refuses a burdensome request under regulation 12(4)(b) (the EIR have no cost limit like FOIA section 12), with the public interest test and advice under regulation 9.',
      text:
        'We are refusing your request under regulation 12(4)(b) of the Environmental Information Regulations 2004 ' +
        'because it is manifestly unreasonable: we estimate that answering it would take [how long], because ' +
        '[how the estimate was reached], which would place a disproportionate burden on the council.\n\n' +
        'Regulation 12(4)(b) is subject to the public interest test, and we must apply a presumption in favour of ' +
        'disclosure. In favour of disclosure: [the factors]. In favour of maintaining the exception: [the factors]. ' +
        'We have concluded that the public interest in maintaining the exception outweighs the public interest in ' +
        'disclosure.\n\n' +
        'Under regulation 9 we can offer advice and assistance: if you were to narrow your request, for example by ' +
        '[a shorter period or fewer records], we may be able to answer it.',
    },
    'reg-12-5-e': {
      title: 'Regulation 12(5)(e): commercial confidentiality, with the public interest test',
      description: 'Withholds commercially confidential information under regulation 12(5)(e) with the public interest test.',
      text:
        'We are withholding [the information] under regulation 12(5)(e) of the Environmental Information ' +
        'Regulations 2004 because disclosure would adversely affect the confidentiality of commercial information ' +
        'that is provided by law to protect a legitimate economic interest: [whose interest, and how].\n\n' +
        'Regulation 12(5)(e) is subject to the public interest test, and we must apply a presumption in favour of ' +
        'disclosure. In favour of disclosure: [the factors]. In favour of maintaining the exception: [the factors]. ' +
        'We have concluded that the public interest in maintaining the exception outweighs the public interest in ' +
        'disclosure.',
    },
    'reg-13': {
      title: 'Regulation 13: personal data',
      description: 'Withholds third-party personal data under regulation 13 with the reasons.',
      text:
        'We are withholding [the information] under regulation 13 of the Environmental Information Regulations 2004 ' +
        'because it is the personal data of third parties, and disclosing it would contravene the data protection ' +
        'principles in Article 5 of the UK GDPR: [why disclosure would not be lawful, fair or transparent].',
    },
    'reg-7-extension': {
      title: 'Regulation 7: extension to 40 working days',
      description: 'Tells the requester, within 20 working days, that a complex and voluminous request needs up to 40 working days.',
      text:
        'Because your request is both complex and voluminous, we are extending the time for our response under ' +
        'regulation 7 of the Environmental Information Regulations 2004 to 40 working days from the date we ' +
        'received it. We will respond by [date].',
    },
    'further-information': houseParagraph('further-information'),
    'direct-marketing': houseParagraph('direct-marketing'),
    rights: {
      title: 'Your rights (EIR)',
      description: 'Representations under regulation 11 within 40 working days, reconsideration within 40 working days, then the Information Commissioner.',
      text:
        'If you are unhappy with the way your request for information has been handled, you can make ' +
        'representations (ask for an internal review) under regulation 11 of the Environmental Information ' +
        'Regulations 2004 within 40 working days of the date of this letter by writing to us at the address above. ' +
        'We will reconsider your request and tell you our decision within 40 working days of receiving your ' +
        'representations. There is no charge.\n\n' +
        'If, having exhausted our review procedure, you remain dissatisfied, you have the right to complain to the ' +
        'Information Commissioner (regulation 18 applies the enforcement and appeal provisions of the Freedom of ' +
        'Information Act 2000): ' +
        ICO_CONTACT +
        '. There is no charge for making a complaint.',
      section: 'rights',
    },
  },
  rules: {},
  layout: commonLayout,
};
