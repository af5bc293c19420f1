// The wording of conditional parts of a request, and of yes/no answers to them.

/** A line that only opens a branch: "If yes:", "If no:", "If so,", "If not:". */
export const BRANCH_MARKER = /^(?:and\s+)?if\s+(yes|so|no|not)\b[\s,:;.\-–]*(?:please\s*:?)?$/i;

/** A question that opens a branch at its end: "... recruitment? If yes:". */
export const OPENS_BRANCH = /\bif\s+(yes|so|no|not)\s*[,:;.\-–]?\s*$/i;

/** A question that is itself conditional on the one before: "If yes please provide ...". */
export const STARTS_CONDITIONAL = /^(?:and\s+)?if\s+(?:(yes|so)|(no|not))\b|^(?:where|in cases where) the answer (?:to (?:question )?\S+ )?is (yes|no)\b/i;

/** "If the answer is no, you may disregard the rest of the questions". */
export const DISREGARD_REST =
  /\bif (?:the answer (?:to this(?: question)?|is)\s*(?:is\s*)?)?(?:no|not)\b[^.?!]{0,60}?\b(?:disregard|ignore|skip|do not answer|need not answer)\b[^.?!]{0,30}?\b(?:rest|remaining|remainder|following|other|subsequent)\b/i;

export function branchOf(word: string): 'yes' | 'no' {
  return /^(?:yes|so)$/i.test(word) ? 'yes' : 'no';
}

const NO_START = /^(?:no|nope|none|nil|zero|0|not (?:currently|at present|applicable|held)|n\/a)\b/i;
const YES_START = /^(?:yes|yep)\b/i;
const NEGATIVE =
  /\b(?:does not|do not|doesn['’]t|don['’]t|did not|didn['’]t|has not|have not|hasn['’]t|haven['’]t|is not|are not|was not|were not|never|not held|no longer|no such|none|no plans|not aware|no record)\b/i;
const POSITIVE = /\b(?:we do|the council does|we have|the council has|is used|are used|uses)\b/i;

/** Whether an answer says yes or no, read from its first sentence. */
export function polarityOf(text: string): 'yes' | 'no' | 'unknown' {
  const t = text.trim();
  if (YES_START.test(t)) return 'yes';
  if (NO_START.test(t)) return 'no';
  const first = t.split(/(?<=[.!?])\s/, 1)[0].slice(0, 300);
  if (NEGATIVE.test(first)) return 'no';
  if (POSITIVE.test(first)) return 'yes';
  return 'unknown';
}

/** An answer that says it covers several questions: "Questions 2 to 4:", "all of the above". */
export const COVERS_SEVERAL =
  /\b(?:questions?|q)\s*\d+[a-z]?\s*(?:-|–|to|and|&|,)\s*(?:q\s*)?\d+|\b(?:all|each|both)\s+(?:of\s+)?(?:the\s+|these\s+|your\s+|above\s+)*(?:questions|parts|points)\b|\bthe above (?:questions|parts|points)\b|\bquestions above\b/i;

/** A sign-off: what follows it is a signature, and it answers nothing. */
export const SIGN_OFF = /^(?:yours (?:sincerely|faithfully)|kind regards|best regards|regards|many thanks|best wishes)\b/i;

/** A wish about the reply's form, not a request for information: "Please provide the information in spreadsheet format". */
const FORMAT_WISH =
  /^(?:please\s+|(?:could|can|would) you\s+)?(?:provide|send|supply|give|present)\s+(?:me\s+)?(?:the|this|all|your)\s+(?:information|data|figures|response|reply|answers?)\b[^?]{0,40}\b(?:format|spreadsheet|excel|csv|electronic(?:ally)?|table|tabular|e-?mail)\b[^?]*$|^(?:i would (?:like|prefer)|i'd (?:like|prefer))\s+(?:the|this|your)\s+(?:information|data|response|reply)\s+(?:in|as|by)\b[^?]{0,40}\b(?:format|spreadsheet|excel|csv|electronic(?:ally)?|e-?mail)\b[^?]*$/i;

export function isFormatWish(text: string): boolean {
  return FORMAT_WISH.test(text.trim());
}
