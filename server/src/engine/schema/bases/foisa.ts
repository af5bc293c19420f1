import type { RawMention, RawSchema } from '../raw';
import { houseParagraph, houseSections } from './eir';
import { commonLayout } from './layout';

// The built-in base for the Freedom of Information (Scotland) Act 2002. House style is the FOIA base's;
// the law differs: the Scottish Information Commissioner instead of the ICO, review within 40 working
// days (s.20) answered within 20 (s.21), then the Commissioner (s.47, within six months) and the Court
// of Session on a point of law (s.56). Exemption numbers are FOISA's (personal data is s.38(1)(b),
// commercial interests s.33(1)(b), otherwise accessible s.25).
//
// Contact details: the office address and telephone number are from a secondary source (RULES.md §7,
// S38); the website www.foi.scot is where the Commissioner publishes decisions [S]; the current email
// address is not verified [U], so the paragraphs give none.

export const SIC_CONTACT =
  'Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS ' +
  '(telephone 01334 464610; website www.foi.scot)';

/** What a Scottish rights paragraph must mention, FOISA or EISR (SCOT-01). */
export function scottishRightsMentions(review: string): RawMention[] {
  return [
    { id: 'internal-review', description: review, pattern: ['\\breview\\b'] },
    {
      id: 'review-window',
      description: 'the 40 working days allowed to ask for a review',
      pattern: ['\\b(?:40|forty) working days\\b'],
    },
    {
      id: 'commissioner',
      description: 'the right to apply to the Scottish Information Commissioner',
      pattern: ['Scottish Information Commissioner'],
    },
    {
      id: 'commissioner-contact',
      description: "the Scottish Information Commissioner's contact details",
      pattern: ['KY16\\s*9DS', '01334\\s*464\\s*610', 'foi\\.scot', 'itspublicknowledge\\.info'],
    },
    {
      id: 'court-of-session',
      description: 'the appeal to the Court of Session on a point of law',
      pattern: ['Court of Session'],
    },
  ];
}

export const foisa: RawSchema = {
  sections: houseSections('regime-foisa', scottishRightsMentions('how to require a review (section 20)')),
  paragraphs: {
    acknowledgement: houseParagraph('acknowledgement'),
    'regime-foisa': {
      title: 'Regime statement (FOISA)',
      description: 'States that the request was handled under the Freedom of Information (Scotland) Act 2002.',
      text: 'We have processed this request under the Freedom of Information (Scotland) Act 2002.',
      section: 'regime',
    },
    'not-held': {
      title: 'Information not held: section 17 notice',
      description: 'Gives notice under section 17 that the information is not held, with advice on where it may be held.',
      text:
        'Under section 17 of the Freedom of Information (Scotland) Act 2002, we give you notice that the council ' +
        'does not hold the information you have requested. You may wish to contact [other authority], which may hold it.',
    },
    'section-12': {
      title: 'Section 12: excessive cost, with advice and assistance',
      description: 'Refuses under section 12 (cost of compliance over £600) and offers advice on narrowing the request (section 15).',
      text:
        'We estimate that the cost of complying with your request would exceed the limit of £600 set under section ' +
        '12 of the Freedom of Information (Scotland) Act 2002, so we are not obliged to comply with it. This is ' +
        'because [how the estimate was reached].\n\n' +
        'Under section 15 of the Act we can offer advice and assistance: if you were to narrow your request, for ' +
        'example by [a shorter period or fewer records], we may be able to answer it within the limit.',
    },
    'section-25': {
      title: 'Section 25: otherwise accessible',
      description: 'Withholds information that the requester can already obtain, with the exact link.',
      text:
        'This information is exempt from disclosure under section 25(1) of the Freedom of Information (Scotland) Act ' +
        '2002 because it is otherwise accessible to you: it is published at [link to the page]. Section 25 is an ' +
        'absolute exemption, so no public interest test is needed.',
    },
    'section-38': {
      title: 'Section 38(1)(b): personal information',
      description: 'Withholds third-party personal data under section 38(1)(b) with the reasons.',
      text:
        'We are withholding [the information] under section 38(1)(b) of the Freedom of Information (Scotland) Act ' +
        '2002 because it is the personal data of third parties, and disclosing it would contravene the data ' +
        'protection principles in Article 5 of the UK GDPR: [why disclosure would not be lawful, fair or transparent].',
    },
    'section-33': {
      title: 'Section 33(1)(b): commercial interests, with the public interest test',
      description: 'Withholds commercially sensitive information under section 33(1)(b) with the public interest test.',
      text:
        'We are withholding [the information] under section 33(1)(b) of the Freedom of Information (Scotland) Act ' +
        '2002 because disclosure would, or would be likely to, prejudice substantially the commercial interests of ' +
        '[whom], as [why].\n\n' +
        'Section 33(1)(b) is subject to the public interest test. In favour of disclosure: [the factors]. In favour ' +
        'of maintaining the exemption: [the factors]. We have concluded that the public interest in maintaining the ' +
        'exemption outweighs the public interest in disclosure.',
    },
    ncnd: {
      title: 'Neither confirm nor deny: section 18',
      description: 'Neither confirms nor denies that information is held (section 18, only with sections 28 to 35, 39(1) or 41).',
      text:
        'Under section 18 of the Freedom of Information (Scotland) Act 2002, the council can neither confirm nor ' +
        'deny whether it holds the information you have requested, because [why revealing whether it exists ' +
        'would be contrary to the public interest], and if it did exist it would be exempt under section [number].',
    },
    'further-information': houseParagraph('further-information'),
    'direct-marketing': houseParagraph('direct-marketing'),
    rights: {
      title: 'Your rights (FOISA)',
      description: 'Review within 40 working days (section 20), then the Scottish Information Commissioner and the Court of Session.',
      text:
        'If you are unhappy with the way we have dealt with your request, you can require us to review our ' +
        'response under section 20 of the Freedom of Information (Scotland) Act 2002. You must ask for a review in ' +
        'writing within 40 working days of receiving this response, giving your name and an address for ' +
        'correspondence and saying which request the review is about and why you are dissatisfied. We will ' +
        'respond within 20 working days of receiving your requirement for review.\n\n' +
        'If you are dissatisfied with the outcome of the review, or we do not respond within 20 working days, you ' +
        'can apply to the Scottish Information Commissioner for a decision under section 47 of the Act, within six ' +
        'months: ' +
        SIC_CONTACT +
        '.\n\n' +
        "If you are dissatisfied with the Commissioner's decision, you can appeal to the Court of Session on a " +
        'point of law only.',
      section: 'rights',
    },
  },
  rules: {},
  layout: commonLayout,
};
