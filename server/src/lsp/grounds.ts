import type { Ground, RegimeId } from '../engine';

/** "regulation 12(5" cites the EIR (or the Scottish EIR); "section 40" FOIA (or FOISA). */
export function citationRegime(keyword: string, draftRegime: RegimeId): RegimeId {
  const scottish = draftRegime === 'foisa' || draftRegime === 'eisr';
  if (/^r/i.test(keyword)) return scottish ? 'eisr' : 'eir';
  return scottish ? 'foisa' : 'foia';
}

/** "absolute exemption", "qualified exception (public interest test)", "procedural ground". */
export function describeStanding(g: Ground): string {
  const noun = g.kind === 'exception' ? 'exception' : g.kind === 'procedural' ? 'procedural ground' : g.kind === 'exemption' ? 'exemption' : 'provision';
  switch (g.standing) {
    case 'absolute':
      return `absolute ${noun}`;
    case 'qualified':
      return `qualified ${noun} (public interest test)`;
    case 'conditional':
      return `absolute or qualified ${noun}${g.standingNote ? `: ${uncapitalise(g.standingNote.replace(/\.$/, ''))}` : ''}`;
    default:
      return noun === 'procedural ground' ? 'procedural ground (no public interest test)' : noun;
  }
}

/** Short form for completion lists. */
export function standingWord(g: Ground): string {
  switch (g.standing) {
    case 'absolute':
      return 'absolute';
    case 'qualified':
      return 'qualified';
    case 'conditional':
      return 'absolute or qualified';
    default:
      return g.kind === 'procedural' ? 'procedural' : g.kind;
  }
}

/** Markdown: the ground, its standing, and what a refusal relying on it must contain. */
export function groundMarkdown(g: Ground): string {
  const lines = [`**${g.label}: ${g.subject}**`, '', `${capitalise(describeStanding(g))}.`];
  if (g.noticeMustContain.length) lines.push('', 'A refusal relying on it must contain:', ...g.noticeMustContain.map((r) => `- ${r}`));
  if (g.caveats.length) lines.push('', `_Not verified: ${g.caveats.join('; ')}_`);
  return lines.join('\n');
}

function uncapitalise(s: string): string {
  return s ? s[0].toLowerCase() + s.slice(1) : s;
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
