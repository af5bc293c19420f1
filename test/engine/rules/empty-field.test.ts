import * as assert from 'node:assert/strict';
import { ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'empty-field');
const labelled = (fields: string) => letter({ received: '1 May 2024', sent: '20 May 2024', act: 'the Freedom of Information Act 2000', header: `Information Team\nExample Borough Council\n${fields}` });

describe('rule: empty-field', () => {
  it('reports labels printed with no values, as on a published log page', () => {
    // A council's disclosure-log entry: three labels and no values.
    const text = labelled('Request ID\nDate Received\nDate Resolved\n\nSee notes');
    const f = found(text);
    assert.deepEqual(
      f.map((x) => [x.severity, text.split('\n')[x.range.start.line].slice(x.range.start.character, x.range.end.character)]),
      [
        ['warning', 'Request ID'],
        ['warning', 'Date Received'],
        ['warning', 'Date Resolved'],
      ],
    );
    assert.match(f[0].message, /has no value: fill it in or delete the label/);
  });

  it('reports the first of two labels when one value follows, and an empty "Our ref:"', () => {
    // A trust's log record: "Disclosure ID" / "Request Date" / "June 11, 2018".
    const log = found(labelled('Disclosure ID\nRequest Date\nJune 11, 2018\nEnergy Expenditure'));
    assert.deepEqual(log.map((x) => x.message.slice(0, 15)), ['“Disclosure ID”']);
    assert.equal(found(labelled('Our ref:\nTown Hall, High Street')).length, 1);
    assert.equal(found(labelled('Our ref: Date: 3 May 2024')).length, 1);
  });

  it('accepts filled fields, values beneath their labels, "Your Ref" and labelled text', () => {
    assert.deepEqual(found(labelled('Our ref: FOI-1')), []);
    // A letterhead as extracted from a PDF: "Your Ref" is blank when the requester gave none.
    assert.deepEqual(found(labelled('Your Ref\nOur Ref\nFOIR 1640/09')), []);
    assert.deepEqual(found(labelled('Request Date\nJune 11, 2018')), []);
    assert.deepEqual(found(labelled('Internal Review Request:\nI am writing to request an internal review of the handling of my request.')), []);
  });
});
