import { parseSchemaText } from '../../server/src/engine/schema/load';
import type { Schema } from '../../server/src/engine/schema/types';

// Helpers for the statutory rules' tests: settings from YAML, and a complete short reply whose dates,
// regime and body a test chooses.

/** Settings compiled from YAML text, failing the test on any problem. */
export function settings(yaml: string): Schema {
  const result = parseSchemaText(yaml, '/virtual/.foi.yaml');
  if (!result.schema) throw new Error(`settings did not load: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.schema;
}

export const FOIA_RIGHTS =
  'If you are unhappy with the way your request has been handled, you can ask for an internal review within 40 working days ' +
  'of the date of this letter by writing to foi@example.gov.uk.\n\nIf you remain dissatisfied, you can complain to the ' +
  "Information Commissioner: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF " +
  '(telephone 0303 123 1113; https://ico.org.uk/make-a-complaint/).';

export interface LetterOptions {
  received: string;
  sent: string;
  /** The regime statement's Act; omitted when undefined. */
  act?: string;
  /** The response's paragraphs. */
  response?: string;
  rights?: string;
  header?: string;
}

/** A one-question reply in house style with the given dates (written as in letters: "8 September 2020"). */
export function letter(o: LetterOptions): string {
  return [
    o.header ?? 'Information Team\nExample Borough Council\nTown Hall, High Street\nExampleton EX1 1AA',
    o.sent,
    'Our ref: FOI-1',
    '',
    'Dear Requester,',
    '',
    `Thank you for your request received on ${o.received}, for the following information:`,
    '',
    '1. The number of staff employed by the council on 31 March.',
    '',
    ...(o.act === undefined ? [] : [`We have processed this request under ${o.act}.`, '']),
    '## Response',
    '',
    '1. The number of staff employed by the council on 31 March.',
    '',
    o.response ?? 'The council employed 1,204 staff on 31 March.',
    '',
    '## Advice and Assistance: Direct Marketing',
    '',
    'If you are a company that intends to use the names and contact details of council officers for direct marketing, you must comply with the Privacy and Electronic Communications Regulations (PECR).',
    '',
    '## Your rights',
    '',
    o.rights ?? FOIA_RIGHTS,
    '',
  ].join('\n');
}
