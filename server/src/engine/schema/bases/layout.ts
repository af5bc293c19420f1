import type { RawLayout } from '../raw';

// Letter layouts common to every regime: how disclosure logs, letters and e-mail replies label their
// fields and number their questions. Each pattern is tried at the start of a line (or table cell),
// case-insensitively, with markup stripped. A field's value follows its label on the same line, after
// a colon, a dash or (for dates) a space; the request and the response labels may also stand alone on
// their line, with the text beneath. Every entry has rows of real snippets in test/engine/parse/.

export const commonLayout: RawLayout = {
  fields: {
    received: [
      '^date (?:of )?(?:request )?received\\b',
      '^date request received\\b',
      '^(?:date (?:of )?(?:your )?request(?:ed)?|request(?:ed)? date|requested(?: on)?|received(?: on)?|date logged|date of receipt)\\b',
      '^(?:date of )?(?:request for (?:an )?internal review|internal review request(?:ed)?)\\b',
      '^(?:(?:foi|eir|foisa|eisr|information) )?request (?:was )?(?:received|submitted)(?: on)?\\b',
      '^(?:received|receipt|submitted) date\\b',
      '^(?:date )?submitted(?: on)?\\b',
    ],
    sent: [
      '^date (?:of )?(?:response|reply)\\b',
      '^(?:date )?(?:responded|replied)(?: to)?(?: on)?\\b',
      '^date request replied to\\b',
      '^date response sent\\b',
      '^date (?:completed|closed|issued|released|sent)\\b',
      '^(?:completion|response|reply|closed|resolved|issued|released|sent) date\\b',
      '^(?:date of decision|decision date)\\b',
      '^(?:date )?response (?:sent|issued|provided)(?: on)?\\b',
      // Not a bare "Sent:": that is an e-mail header, often the requester's own e-mail quoted.
      '^(?:issued|released|completed)(?: on)?\\b',
      '^(?:request|case) (?:closed|completed|responded to)(?: on)?\\b',
      // "Response 05-07-2022": a log's response line opening with its date (the value must be a date).
      '^(?:response|reply)\\b',
      '^dat ?ed?\\b',
    ],
    reference: [
      '^(?:our |my |your )?ref(?:erence)?(?:\\s*(?:no\\.?|number))?\\b',
      '^(?:foi|foisa|eir|request|case|freedom of information)(?: request)? (?:ref(?:erence)?|number|no\\.?|id)\\b',
      '^request id\\b',
      '^case number\\b',
    ],
    request: [
      '^(?:the |your |details of (?:the |your )?)?(?:information )?request(?: for information)?(?: details)?\\b',
      '^(?:information|details) requested\\b',
      '^(?:you asked|you requested|your questions?|request text)\\b',
    ],
    response: [
      '^(?:our |the |details of (?:the |our )?)?(?:response|reply|answer)s?(?: to (?:your|the) request)?\\b',
      '^(?:in response|decision|outcome)\\b',
      // The authority names itself: "Trust response:", "East Herts Council Response", "DWP Response"
      // (not "Thank you for your response").
      "^(?:the )?(?:[\\w'’&.-]+\\s+){0,3}?(?:trust|council|authority|board|force|service|university|department|ministry|office|college|team|(?!(?:your|my|our|his|her|their|a|the)\\s)[a-z]{2,8})(?:['’]s)?\\s+(?:response|reply)\\b",
    ],
  },
  // A question's number as officers write it: "Question 1 –", "Question Number 2:", "Q3)", "Q4 & Q5",
  // "Questions 1-6", "Request 1", "Part 2", "1.", "1)", "(1)", "1-2.", "1a.", "1 -", "(a)", "a)", "(iv)", "iv.".
  // The numbers are read from what the pattern matched.
  questionNumber: [
    '^(?:questions?|q)\\s*(?:number|no\\.?)?\\s*\\.?\\s*\\d{1,3}[a-z]?\\b(?:\\s*(?:&|and|to|-|–|,)\\s*(?:q\\.?\\s*)?\\d{1,3}[a-z]?\\b)*',
    '^(?:requests?|parts?|items?|points?)\\s+\\d{1,3}[a-z]?\\b(?:\\s*(?:&|and|to|-|–|,)\\s*\\d{1,3}[a-z]?\\b)*',
    '^\\(?\\d{1,3}[a-z]?[.)](?!\\d)',
    '^\\d{1,2}\\s*[-–]\\s*\\d{1,2}[.)](?!\\d)',
    '^\\d{1,3}[a-z]?(?=\\s*[-–—:]\\s)',
    '^\\d{1,2}(?=\\s+(?:how|what|when|where|which|who|why|whether|is|are|was|were|do|does|did|has|have|can|could|please)\\b)',
    '^\\((?:[a-z]|[ivx]{1,4})\\)',
    '^(?:[a-z]|[ivx]{1,4})[.)](?=\\s|$)',
  ],
};
