import * as lsp from 'vscode-languageserver/node';
import { REGIME_NAMES, type CitationMatch, type DateValue, type FoiService, type Position, type Question, type RegimeId } from '../engine';
import type { Analysis } from './analysis';
import { fromLspPosition, rangeContains, toLspRange } from './convert';
import { groundMarkdown } from './grounds';
import { questionAt } from './questions';

/** Hover on the letter's dates, on an exemption citation, or on a question (asked or restated). */
export function hover(foi: FoiService, analysis: Analysis, position: lsp.Position, markdown: boolean): lsp.Hover | null {
  const at = fromLspPosition(analysis.frame, position);
  const found = dateHover(analysis, at) ?? citationHover(foi, analysis, at) ?? questionHover(analysis, at);
  if (!found) return null;
  return {
    contents: { kind: markdown ? lsp.MarkupKind.Markdown : lsp.MarkupKind.PlainText, value: markdown ? found.text : plain(found.text) },
    range: toLspRange(analysis.frame, found.range),
  };
}

interface Found {
  text: string;
  range: lsp.Range;
}

function dateHover(analysis: Analysis, at: Position): Found | undefined {
  const { meta } = analysis.result.draft;
  const onDate = (d: DateValue | undefined) => d !== undefined && rangeContains(d.range, at);
  const which = onDate(meta.sent) ? meta.sent! : onDate(meta.received) ? meta.received! : undefined;
  if (!which) return undefined;
  const info = analysis.result.facts.deadline;
  const lines: string[] = [];
  lines.push(which === meta.sent ? `**Letter dated ${longDate(meta.sent?.iso) ?? which.text}**` : `**Request received ${longDate(meta.received?.iso) ?? which.text}**`);
  if (!info) {
    lines.push('', 'No date of receipt found ("Thank you for your request received on …"), so the deadline cannot be worked out.');
  } else {
    if (info.due) {
      lines.push('', `Statutory deadline: **${longDate(info.extendedTo ?? info.due)}** (working day 1 is ${longDate(info.dayOne)}).`);
    }
    if (info.workingDaysUsed !== undefined) lines.push('', `Dated on working day ${info.workingDaysUsed} of ${info.days}.`);
    lines.push('', info.reason);
  }
  lines.push('', `Regime: ${regimeName(analysis.regime)}.`);
  return { text: lines.join('\n'), range: toLspRange(analysis.frame, which.range) };
}

function citationHover(foi: FoiService, analysis: Analysis, at: Position): Found | undefined {
  const line = analysis.result.draft.lines[at.line];
  // A line of a megabyte is not prose anyone hovers on: skip the scan.
  if (!line || line.length > 20_000) return undefined;
  const matches = foi.citationsIn(line, analysis.regime);
  const onNumber = matches.find((c) => at.character >= c.index && at.character <= c.index + c.length);
  // On the keyword ("section" in "sections 40(2) and 43(2)"): the first number it introduces.
  const hit = onNumber ?? matches.find((c) => at.character >= c.keyword.index && at.character < c.keyword.index + c.keyword.length);
  if (!hit) return undefined;
  const start = hit === matches.find((c) => c.keyword.index === hit.keyword.index) ? Math.min(hit.keyword.index, hit.index) : hit.index;
  const range = toLspRange(analysis.frame, { start: { line: at.line, character: start }, end: { line: at.line, character: hit.index + hit.length } });
  return { text: citationText(hit), range };
}

function citationText(c: CitationMatch): string {
  if (c.ground) {
    const parent = c.exact ? '' : `\n\n_${c.citation} falls under ${c.ground.label}._`;
    return groundMarkdown(c.ground) + parent;
  }
  if (c.provision) return `**${c.provision.label}: ${c.provision.title}**\n\nNot a ground for refusing information.`;
  if (c.instrument) return `**${c.text}** of ${c.instrument}: not a provision of ${regimeName(c.regime)}.`;
  return `**${c.text}**\n\nNot a refusal ground of ${regimeName(c.regime)} that foi-lint knows: check the number.`;
}

function questionHover(analysis: Analysis, at: Position): Found | undefined {
  const hit = questionAt(analysis.result.draft, at);
  if (!hit) return undefined;
  const { question: q, where } = hit;
  const lines = [`**Question ${q.label}**: ${statusText(q)}`];
  if (q.answer) {
    lines.push('', `Answered at line ${q.answer.range.start.line + 1}.`);
    if (q.answer.shared.length) lines.push('', `The same answer covers question${q.answer.shared.length === 1 ? '' : 's'} ${q.answer.shared.map((s) => s.label).join(', ')}.`);
  }
  if (q.condition) lines.push('', `Applies if the answer to question ${q.condition.on.label} is ${q.condition.when} (“${q.condition.text}”).`);
  if (where === 'request' && q.restated) lines.push('', `Restated in the response at line ${q.restated.startLine + 1}.`);
  if (where === 'restated') lines.push('', `Asked in the request at line ${q.range.start.line + 1}.`);
  const block = where === 'request' ? q.range : q.restated!.range;
  return { text: lines.join('\n'), range: toLspRange(analysis.frame, block) };
}

function statusText(q: Question): string {
  switch (q.status) {
    case 'answered':
      return q.statusReason ? `answered (${q.statusReason})` : 'answered';
    case 'not-applicable':
      return q.statusReason ? `not applicable: ${q.statusReason}` : 'not applicable';
    default:
      return q.sure ? '**unanswered**' : 'no answer found where foi-lint could tell (see "FOI: Show how this draft was read")';
  }
}

function regimeName(regime: RegimeId): string {
  return REGIME_NAMES[regime] ?? regime;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Monday 10 February 2020" from "2020-02-10". */
function longDate(iso: string | undefined): string | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return undefined;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return `${weekdays[date.getUTCDay()]} ${+m[3]} ${months[+m[2] - 1]} ${m[1]}`;
}

/** For clients that only show plain text. */
function plain(markdown: string): string {
  return markdown.replace(/\*\*/g, '');
}
