import type { RawSchema } from '../raw';
import { houseParagraph, houseSections } from './eir';
import { scottishRightsMentions, SIC_CONTACT } from './foisa';
import { commonLayout } from './layout';

// The built-in base for the Environmental Information (Scotland) Regulations 2004. House style is the
// FOIA base's; the rights are Scottish: review under reg 16 within 40 working days, answered within 20
// (RULES.md §7: from a council leaflet [S]; the regulation's own wording not verified [U]), then the
// Scottish Information Commissioner and the Court of Session. Exceptions are reg 10, personal data reg 11.

export const eisr: RawSchema = {
  sections: houseSections('regime-eisr', scottishRightsMentions('how to ask for a review (regulation 16)')),
  paragraphs: {
    acknowledgement: houseParagraph('acknowledgement'),
    'regime-eisr': {
      title: 'Regime statement (EISR)',
      description: 'States that the request was handled under the Environmental Information (Scotland) Regulations 2004.',
      text: 'We have processed this request under the Environmental Information (Scotland) Regulations 2004.',
      section: 'regime',
    },
    'not-held': {
      title: 'Information not held: regulation 10(4)(a)',
      description: 'Refuses under regulation 10(4)(a) because the information is not held, with advice on where it may be held.',
      text:
        'The council does not hold the information you have requested, so we are refusing your request under ' +
        'regulation 10(4)(a) of the Environmental Information (Scotland) Regulations 2004. You may wish to contact ' +
        '[other authority], which may hold it.',
    },
    'reg-10-4-b': {
      title: 'Regulation 10(4)(b): manifestly unreasonable, with the public interest test',
      description: 'Refuses a burdensome request under regulation 10(4)(b), with the public interest test and advice.',
      text:
        'We are refusing your request under regulation 10(4)(b) of the Environmental Information (Scotland) ' +
        'Regulations 2004 because it is manifestly unreasonable: [why, with the estimate of the work involved].\n\n' +
        'Regulation 10(4)(b) is subject to the public interest test, and we must apply a presumption in favour of ' +
        'disclosure. In favour of disclosure: [the factors]. In favour of maintaining the exception: [the factors]. ' +
        'We have concluded that the public interest in maintaining the exception outweighs the public interest in ' +
        'disclosure.\n\n' +
        'We can offer advice and assistance: if you were to narrow your request, for example by [a shorter period ' +
        'or fewer records], we may be able to answer it.',
    },
    'reg-11': {
      title: 'Regulation 11: personal data',
      description: 'Withholds third-party personal data under regulation 11 with the reasons.',
      text:
        'We are withholding [the information] under regulation 11 of the Environmental Information (Scotland) ' +
        'Regulations 2004 because it is the personal data of third parties, and disclosing it would contravene the ' +
        'data protection principles in Article 5 of the UK GDPR: [why disclosure would not be lawful, fair or transparent].',
    },
    'further-information': houseParagraph('further-information'),
    'direct-marketing': houseParagraph('direct-marketing'),
    rights: {
      title: 'Your rights (EISR)',
      description: 'Review under regulation 16 within 40 working days, then the Scottish Information Commissioner and the Court of Session.',
      text:
        'If you are unhappy with the way we have dealt with your request, you can ask us to review our decision ' +
        'under regulation 16 of the Environmental Information (Scotland) Regulations 2004. You must ask for a ' +
        'review in writing within 40 working days of receiving this response, saying why you are dissatisfied. ' +
        'We will respond within 20 working days of receiving your request for review.\n\n' +
        'If you are dissatisfied with the outcome of the review, you can apply to the Scottish Information ' +
        'Commissioner for a decision, within six months: ' +
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
