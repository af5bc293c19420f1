import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver/node';
import { hover } from '../../server/src/lsp/hover';
import { lineOf, positionOf } from './client';
import { harness, tenQuestions } from './harness';

// Hovers on the letter's dates, on citations and on questions.
describe('lsp hover', () => {
  const hoverText = async (text: string, needle: string, offset: number, markdown = true) => {
    const h = harness();
    const a = await h.analyse('reply.foi.md', text);
    const found = hover(h.foi, a, positionOf(text, needle, offset), markdown);
    return found && (found.contents as MarkupContent).value;
  };

  it('on the letter date: the deadline, the working day and the regime', async () => {
    const value = await hoverText(tenQuestions, '2 April 2024', 2);
    assert.match(String(value), /Wednesday 17 April 2024/);
    assert.match(String(value), /working day 9 of 20/);
    assert.match(String(value), /Regime: the Freedom of Information Act 2000/);
  });

  it('on a citation: the ground, its standing and what the refusal must contain', async () => {
    const value = String(await hoverText(tenQuestions, 'section 40(2)', 9));
    assert.match(value, /personal data/i);
    assert.match(value, /must contain/);
  });

  it('on a question: its status and the line of its answer', async () => {
    const value = String(await hoverText(tenQuestions, '- 8. Please provide the names', 6));
    assert.match(value, /Question 8/);
    assert.match(value, new RegExp(`line ${lineOf(tenQuestions, 'The names of individual officers') + 1}\\b`));
  });

  it('in plain text for clients without Markdown, and nothing on other words', async () => {
    assert.doesNotMatch(String(await hoverText(tenQuestions, '2 April 2024', 2, false)), /\*\*/);
    assert.equal(await hoverText(tenQuestions, 'London Borough of Barnet', 3), null);
  });
});
