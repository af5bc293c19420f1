import type { RawSchema } from '../raw';
import { commonLayout } from './layout';

// The built-in base for the Freedom of Information Act 2000 (England, Wales, Northern Ireland and
// UK-wide bodies). Sections are listed in house-style order: the order a reply presents them, which
// is where a quick fix inserts a missing one. Paragraph texts are the standard wording that quick
// fixes, completion and the snippets insert (one source for all three).

export const ICO_CONTACT =
  "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF " +
  '(telephone 0303 123 1113; website https://ico.org.uk/make-a-complaint/)';

export const foia: RawSchema = {
  sections: [
    {
      id: 'regime',
      title: 'Regime statement',
      required: true,
      // Recognised by its sentence, not a heading: "We have processed this request under ...".
      // Or "Thank you for your request under the ...", "Information request and response under ...",
      // "handled in accordance with ...", "considered under the requirements of ...", and a line that is
      // only the Act's name (a title, not a heading a quick fix would write).
      text: [
        '(?:\\b(?:processed|handled|dealt with|considered|answered|responded to|treated)\\b[^.\\n]{0,60}?|\\b(?:your|this) (?:\\w+ ){0,2}?(?:request|correspondence)\\b[^.\\n]{0,60}?|\\brequest and response |\\bresponse )\\b(?:under|in accordance with) (?:the (?:terms|provisions|requirements) of )?(?:the )?(?:Freedom of Information|Environmental Information|FOIA|FOISA|EIRs?\\b|EISR)',
        '^(?:the )?(?:freedom of information (?:\\(scotland\\) )?act|environmental information (?:\\(scotland\\) )?regulations)(?: \\d{4})?(?:\\s*[–—-].*)?$',
        // A subject line that names the law: "Re: Request under Freedom of Information Act 2000",
        // "FREEDOM OF INFORMATION ACT (FoIA) REQUEST", "Freedom of Information Act request number: 2022-162".
        '^(?:re:\\s*)?(?:(?:information )?request(?: for information)?\\s*(?:under|[–—-])\\s*)?(?:the )?(?:freedom of information (?:\\(scotland\\) )?act|environmental information (?:\\(scotland\\) )?regulations)(?: \\d{4})?(?: \\([a-z()]+\\))?(?:\\s*[–—:-]?\\s*(?:request(?: for information)?|ref(?:erence)?|id|number|no\\.?)\\b.{0,40})?$',
        // "Thank you for your Freedom of Information Act request of 23 May 2013"
        '\\byour (?:freedom of information|environmental information) (?:\\(scotland\\) )?(?:act|regulations) (?:\\d{4} )?(?:request|e-?mail|application)\\b',
      ],
      paragraph: 'regime-foia',
      rule: 'missing-regime-statement',
    },
    {
      id: 'response',
      title: 'Response',
      required: false,
      heading: ['^(?:our |the council.s )?response(?: to your request)?:?$', '^(?:answers?|our answers?)(?: to your questions)?:?$'],
      // Or a sentence that introduces the answers: "In response, please find below the information
      // from the Council:", "Our response to each question is set out below.", "I can reply as follows:"
      text: [
        '^(?:in (?:response|reply|answer)(?: to (?:your|the|this) (?:request|questions?))?,?\\s+)?(?:please\\s+)?(?:find|see)\\s+(?:below\\s+)?(?:the|our)\\s+(?:information|response|responses|answers?|reply)\\b[^.:?]{0,80}(?::|\\bbelow\\.?)$',
        '^(?:our|the \\w+.s) (?:response|answers?|reply)(?: to (?:your|each|the) (?:request|questions?))? (?:is|are) (?:as follows|(?:set out |given )?below)[.:]?$',
        // "... and using your numbering I can reply as follows: -", "The Council responds to your questions as follows:"
        '^.{0,200}?\\b(?:i|we|the \\w+)(?: can| will| would| now)* (?:reply|respond|responds|answer|answers)(?: to (?:your|each of your|the) (?:request|questions?))? as follows[\\s:.\\-–]*$',
      ],
    },
    {
      id: 'further-information',
      title: 'Further information',
      required: false,
      heading: ['^further information:?$', '^(?:other|additional) information:?$'],
      paragraph: 'further-information',
    },
    {
      id: 'direct-marketing',
      title: 'Advice and Assistance: Direct Marketing',
      required: true,
      heading: ['direct marketing', '\\bPECR\\b'],
      text: ['\\bPECR\\b', 'Privacy (?:and|&) ?Electronic Communications'],
      mustMention: [
        {
          id: 'pecr',
          description: 'the Privacy and Electronic Communications Regulations (PECR)',
          pattern: ['\\bPECR\\b', 'Privacy (?:and|&)? ?Electronic Communications'],
        },
      ],
      paragraph: 'direct-marketing',
      rule: 'missing-direct-marketing',
    },
    {
      id: 'rights',
      title: 'Your rights',
      required: true,
      heading: [
        '^your rights:?$',
        '^(?:your )?right (?:of|to) (?:appeal|review|complain)',
        '^(?:internal )?reviews? and (?:appeals?|complaints?):?$',
        '^complaints?(?: and appeals?)?:?$',
        '^(?:if you are )?(?:unhappy|dissatisfied) with (?:this|our|the) (?:response|reply)\\??$',
      ],
      text: [
        '^if you are (?:unhappy|dissatisfied|not satisfied) with',
        '\\b(?:if you are|should you be|if you remain) (?:unhappy|dissatisfied|not (?:satisfied|happy)) with (?:th(?:is|e)|our) (?:response|reply|decision|handling|outcome)',
        '\\byou (?:have the right to|may|can) (?:request|ask for|apply for) an? (?:independent )?internal review\\b',
      ],
      mustMention: [
        {
          id: 'internal-review',
          description: 'how to ask for an internal review',
          pattern: ['\\breview\\b', 'no (?:internal )?(?:review|complaints?) procedure'],
        },
        {
          id: 'review-window',
          description: 'the 40 working days allowed to ask for a review',
          pattern: ['\\b(?:40|forty) working days\\b', 'no (?:internal )?(?:review|complaints?) procedure'],
        },
        {
          id: 'commissioner',
          description: 'the right to complain to the Information Commissioner',
          pattern: ['Information Commissioner'],
        },
        {
          id: 'commissioner-contact',
          description: "the Information Commissioner's contact details",
          pattern: ['SK9\\s*5AF', '0303\\s*123\\s*1113', 'ico\\.org\\.uk'],
        },
      ],
      paragraph: 'rights',
      rule: 'missing-rights',
    },
  ],
  paragraphs: {
    acknowledgement: {
      title: 'Acknowledgement',
      description: 'Thanks the requester and introduces the quoted request.',
      text: 'Thank you for your request received on [date], for the following information:',
    },
    'regime-foia': {
      title: 'Regime statement (FOIA)',
      description: 'States that the request was handled under the Freedom of Information Act 2000.',
      text: 'We have processed this request under the Freedom of Information Act 2000.',
      section: 'regime',
    },
    'regime-eir': {
      title: 'Regime statement (EIR)',
      description: 'States that the request was handled under the Environmental Information Regulations 2004.',
      text: 'We have processed this request under the Environmental Information Regulations 2004.',
    },
    'not-held': {
      title: 'Information not held',
      description: 'Says the information is not held, with advice on where it may be held.',
      text:
        'The council does not hold the information you have requested. ' +
        'You may wish to contact [other authority], which may hold it.',
    },
    'section-12': {
      title: 'Section 12: cost limit, with advice and assistance',
      description: 'Refuses under section 12 (appropriate limit £450 / 18 hours) and offers advice on narrowing the request (section 16).',
      text:
        'We estimate that the cost of complying with your request would exceed the appropriate limit of £450, ' +
        'which represents 18 hours of work at £25 per hour, set by the Freedom of Information and Data Protection ' +
        '(Appropriate Limit and Fees) Regulations 2004. Section 12 of the Freedom of Information Act 2000 therefore ' +
        'means that we are not obliged to comply with it. This is because [how the estimate was reached].\n\n' +
        'Under section 16 of the Act we can offer advice and assistance: if you were to narrow your request, for ' +
        'example by [a shorter period or fewer records], we may be able to answer it within the limit.',
    },
    'section-21': {
      title: 'Section 21: reasonably accessible by other means',
      description: 'Withholds information that is already reasonably accessible, with the exact link.',
      text:
        'This information is exempt from disclosure under section 21 of the Freedom of Information Act 2000 because ' +
        'it is reasonably accessible to you by other means. It is published at [link to the page]. Section 21 is an ' +
        'absolute exemption, so no public interest test is needed.',
    },
    'section-40': {
      title: 'Section 40(2): personal information',
      description: 'Withholds third-party personal data under section 40(2) with the reasons.',
      text:
        'We are withholding [the information] under section 40(2) of the Freedom of Information Act 2000 because it ' +
        'is the personal data of third parties, and disclosing it would contravene the data protection principles in ' +
        'Article 5 of the UK GDPR: the individuals would have no expectation that it would be made public, and ' +
        'disclosure would not be lawful, fair or transparent. This is an absolute exemption where the first ' +
        'condition in section 40(3A)(a) applies.',
    },
    'section-43': {
      title: 'Section 43(2): commercial interests, with the public interest test',
      description: 'Withholds commercially sensitive information under section 43(2) with a public interest test.',
      text:
        'We are withholding [the information] under section 43(2) of the Freedom of Information Act 2000 because ' +
        'disclosure would be likely to prejudice the commercial interests of [whom], as [why].\n\n' +
        'Section 43(2) is a qualified exemption, so we have considered the public interest. In favour of disclosure: ' +
        'transparency in the spending of public money and accountability for contracts. In favour of maintaining the ' +
        'exemption: [the harm]. We have concluded that the public interest in maintaining the exemption outweighs ' +
        'the public interest in disclosure.',
    },
    ncnd: {
      title: 'Neither confirm nor deny',
      description: 'Neither confirms nor denies that information is held, citing the provision.',
      text:
        'The council can neither confirm nor deny whether it holds the information you have requested, under ' +
        'section [40(5B)] of the Freedom of Information Act 2000, because [why confirming or denying would itself ' +
        'disclose exempt information].',
    },
    'further-information': {
      title: 'Further information',
      description: "Points to the authority's published data.",
      text:
        'If you are interested in the data that the council holds, you may wish to visit the council\'s open data ' +
        'portal, which brings together our published datasets and other information of interest.',
      section: 'further-information',
    },
    'direct-marketing': {
      title: 'Advice and Assistance: Direct Marketing',
      description: 'The PECR direct-marketing notice on officer names and contact details.',
      text:
        'If you are a company that intends to use the names and contact details of council officers (or other ' +
        'officers) provided in this response for direct marketing, you must comply with the UK GDPR, the Data ' +
        'Protection Act 2018 and the Privacy and Electronic Communications Regulations 2003 (PECR). You must also ' +
        'check that the individuals are not registered with one of the Preference Services, and respect any ' +
        'objection they make.\n\n' +
        'For the avoidance of doubt, the provision of council (and other) officer names and contact details under ' +
        "FOI does not give consent to receive direct marketing via any media and expressly does not constitute a " +
        "'soft opt-in' under PECR.",
      section: 'direct-marketing',
    },
    rights: {
      title: 'Your rights',
      description: 'Internal review within 40 working days, then the Information Commissioner (section 50).',
      text:
        'If you are unhappy with the way your request for information has been handled, you can ask for an ' +
        'internal review within 40 working days of the date of this letter by writing to us at the address above.\n\n' +
        'If, having exhausted our review procedure, you remain dissatisfied, you have the right under section 50 of ' +
        'the Freedom of Information Act 2000 to complain to the Information Commissioner: ' +
        ICO_CONTACT +
        '. There is no charge for making a complaint.',
      section: 'rights',
    },
  },
  rules: {},
  layout: commonLayout,
};
