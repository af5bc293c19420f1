import { htmlCommentSpans } from '../parse/comments';
import type { Draft } from '../types';
import { offsetRange } from './text-spans';
import type { Rule } from './rule';

// Contact details and identifiers that make a reply unsafe to publish on a disclosure log. One pass of
// each scan over the text: e-mail addresses are found from their "@" (no backtracking over long words),
// the other patterns are bounded.

/** Words that name a role, team or service: a mailbox with one of them is not a person's. */
const ROLE_WORDS = new Set([
  'foi', 'foia', 'foisa', 'eir', 'eirs', 'foirequests', 'foiteam', 'freedomofinformation', 'information', 'informationrequests',
  'requests', 'request', 'info', 'enquiries', 'enquiry', 'inquiries', 'contact', 'contactus', 'hello', 'admin', 'office',
  'reception', 'customerservices', 'customer', 'services', 'service', 'complaints', 'complaint', 'feedback', 'dpo',
  'dataprotection', 'protection', 'privacy', 'records', 'governance', 'informationgovernance', 'infogov', 'ig', 'management',
  'team', 'unit', 'legal', 'press', 'media', 'communications', 'comms', 'planning', 'licensing', 'council', 'mail', 'post',
  'casework', 'helpdesk', 'support', 'help', 'accounts', 'finance', 'procurement', 'hr', 'recruitment', 'jobs', 'webmaster',
  'noreply', 'no-reply', 'review', 'reviews', 'appeals', 'transparency', 'opendata', 'general', 'highways', 'housing',
  'parking', 'waste', 'environment', 'environmental', 'revenues', 'benefits', 'tax', 'education', 'schools', 'admissions',
  'social', 'care', 'adults', 'children', 'payroll', 'pensions', 'audit', 'democratic', 'elections', 'registrars', 'libraries',
  'leisure', 'transport', 'streets', 'property', 'estates', 'facilities', 'ict', 'digital', 'building', 'control', 'trading',
  'standards', 'health', 'safety', 'emergency', 'planningenquiries', 'corporate', 'secretariat', 'clerk', 'town', 'parish',
]);
/** The regulators publish these; they are in every rights paragraph. */
const REGULATOR_DOMAINS = ['ico.org.uk', 'ico.gov.uk', 'itspublicknowledge.info', 'foi.scot'];
/** ICO helpline (RIGHTS-05), Scottish Information Commissioner (RULES.md §7), older ICO numbers (RIGHTS-06). */
const REGULATOR_PHONES = new Set(['03031231113', '01334464610', '01625545700', '01625545745', '08456306060']);

const LOCAL_CHAR = /[A-Za-z0-9._%+'-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const PHONE = /(?<![\w£$/.,-])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w/])/g;
const NINO = /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
const NHS_SPACED = /\b\d{3}[ -]\d{3}[ -]\d{4}\b/g;
const NHS_LABELLED = /\bNHS\s+(?:no\.?|number)\s*:?\s*(\d{10})\b/gi;

interface Hit {
  start: number;
  end: number;
  kind: 'email' | 'phone' | 'nino' | 'nhs';
}

/** Offsets not shown to a reader: front matter and HTML comments. */
function hiddenSpans(draft: Draft): [number, number][] {
  const spans: [number, number][] = [];
  const { text, lineStarts } = draft;
  if (draft.frontMatter) {
    const end = draft.frontMatter.endLine + 1;
    spans.push([0, end < lineStarts.length ? lineStarts[end] : text.length]);
  }
  spans.push(...htmlCommentSpans(text));
  return spans;
}

function findEmails(text: string, out: Hit[]): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && end - at < 254 && DOMAIN_CHAR.test(text[end])) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    while (start < at && (text[start] === '.' || text[start] === "'")) start++;
    const domain = text.slice(at + 1, end);
    if (start === at || !/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain)) continue;
    out.push({ start, end, kind: 'email' });
  }
}

/** UK numbers: 10 or 11 digits from the leading 0 (+44 counts as 0). */
function phoneDigits(written: string): string | undefined {
  let digits = written.replace(/\D/g, '');
  if (written.trim().startsWith('+44')) digits = `0${digits.slice(2).replace(/^0/, '')}`;
  return /^0\d{9,10}$/.test(digits) ? digits : undefined;
}

function validNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return (check === 11 ? 0 : check) === Number(digits[9]) && check !== 10;
}

export const personalData: Rule = {
  meta: {
    id: 'personal-data',
    description: 'E-mail addresses, phone numbers, National Insurance or NHS numbers in a reply that may be published.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `Replies are sent to the requester and are often published on a disclosure log, so a reply is a
disclosure to the world: a named officer's e-mail address or direct line, or a third party's National
Insurance number, in it is personal data disclosed (and may need section 40(2)). The direct-marketing
notice exists because officer names and contact details in replies are harvested for marketing.

Reported, wherever they appear in the letter (the quoted request included, since it is published with the
reply; front matter and HTML comments are not):
- **e-mail addresses**, except:
  - role mailboxes: the part before the "@" contains a word naming a role, team or service, such as foi,
    info, enquiries, contact, complaints, dpo, information, governance, team, requests, planning, highways
    or housing (for example foi@barnet.gov.uk, information.governance@…, highways.information@…): an
    address for a function is not information about a person. An address such as jane.smith@… or
    jsmith@… is reported;
  - the regulators' published addresses (ico.org.uk, itspublicknowledge.info, foi.scot);
  - addresses listed under \`authority.emails\` in \`.foi.yaml\`. An entry starting with "@" (\`@example.gov.uk\`)
    allows every address at that domain, named officers included: use it only if the authority publishes
    its officers' addresses deliberately.
- **UK phone numbers**, except the regulators' published numbers (the ICO's 0303 123 1113 and older numbers,
  the Scottish Information Commissioner's 01334 464610), numbers listed under \`authority.phones\`, and
  non-geographic 03 and 08 numbers, which are organisations' lines. Mobile (07) and geographic (01, 02)
  numbers may be a person's direct line.
- **National Insurance numbers** (two letters, six digits, A-D, with the prefixes HMRC never issues left out)
  and **NHS numbers** (10 digits written 3-3-4 or after "NHS number", with a valid check digit).

**Fix:** remove the detail, replace it with a role mailbox or switchboard number, or withhold it under
section 40(2). If it is the authority's own published contact, add it to \`authority.emails\` or
\`authority.phones\` in \`.foi.yaml\`.`,
  },
  reads: [],
  check(ctx) {
    const { draft, schema } = ctx;
    const { text } = draft;
    const hits: Hit[] = [];
    findEmails(text, hits);
    for (const m of text.matchAll(PHONE)) hits.push({ start: m.index, end: m.index + m[0].length, kind: 'phone' });
    for (const m of text.matchAll(NINO)) hits.push({ start: m.index, end: m.index + m[0].length, kind: 'nino' });
    for (const m of text.matchAll(NHS_SPACED)) hits.push({ start: m.index, end: m.index + m[0].length, kind: 'nhs' });
    for (const m of text.matchAll(NHS_LABELLED)) {
      const start = m.index + m[0].length - m[1].length;
      hits.push({ start, end: start + m[1].length, kind: 'nhs' });
    }
    if (!hits.length) return;

    const allowedEmails = new Set<string>();
    const allowedDomains = new Set<string>(REGULATOR_DOMAINS);
    for (const e of schema.allow.emails) {
      const lower = e.trim().toLowerCase();
      if (lower.startsWith('@') || lower.startsWith('*@')) allowedDomains.add(lower.slice(lower.indexOf('@') + 1));
      else allowedEmails.add(lower);
    }
    const allowedPhones = new Set<string>(REGULATOR_PHONES);
    for (const p of schema.allow.phones) {
      const digits = phoneDigits(p);
      if (digits) allowedPhones.add(digits);
    }
    const hidden = hiddenSpans(draft);
    const reported = new Set<string>();
    hits.sort((a, b) => a.start - b.start);
    let lastEnd = -1;
    let span = 0;
    for (const h of hits) {
      if (h.start < lastEnd) continue;
      // Hits and hidden spans are both in order: one sweep.
      while (span < hidden.length && hidden[span][1] <= h.start) span++;
      if (span < hidden.length && hidden[span][0] < h.end) continue;
      const value = text.slice(h.start, h.end);
      let message: string | undefined;
      if (h.kind === 'email') {
        const lower = value.toLowerCase();
        const [local, domain] = lower.split('@');
        const isRole = local.split(/[._-]/).some((w) => ROLE_WORDS.has(w));
        const domainAllowed = [...allowedDomains].some((d) => domain === d || domain.endsWith(`.${d}`));
        if (isRole || domainAllowed || allowedEmails.has(lower)) {
          lastEnd = h.end;
          continue;
        }
        message = `E-mail address “${value}” may be personal data: remove it (or give a role mailbox such as foi@…) before the reply is sent and published. If it is the authority's own published address, list it under authority.emails in .foi.yaml.`;
      } else if (h.kind === 'phone') {
        const digits = phoneDigits(value);
        if (!digits || allowedPhones.has(digits) || /^0[38]/.test(digits)) continue;
        message = `Phone number “${value.trim()}” may be a person's direct line: remove it or give the switchboard before the reply is sent and published. If it is the authority's own published number, list it under authority.phones in .foi.yaml.`;
      } else if (h.kind === 'nino') {
        message = `“${value}” looks like a National Insurance number: remove it before the reply is sent and published.`;
      } else {
        if (!validNhsNumber(value.replace(/\D/g, ''))) continue;
        message = `“${value}” looks like an NHS number: remove it before the reply is sent and published.`;
      }
      lastEnd = h.end;
      const range = offsetRange(draft, h.start, h.end);
      const key = `${range.start.line}:${value.toLowerCase()}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report({ message, range, data: { kind: h.kind, value } });
    }
  },
};
