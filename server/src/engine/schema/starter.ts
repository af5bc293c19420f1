import type { RegimeId } from '../types';

// The commented starter .foi.yaml that `foi-lint init` and the editor's "Create .foi.yaml" write: the
// built-in base for the chosen regime and the authority's name, with the keys an authority changes
// first shown and explained, so the file teaches its own format.

export const starterRegimes: readonly { id: RegimeId; label: string }[] = [
  { id: 'foia', label: 'Freedom of Information Act 2000 (England, Wales, Northern Ireland)' },
  { id: 'eir', label: 'Environmental Information Regulations 2004' },
  { id: 'foisa', label: 'Freedom of Information (Scotland) Act 2002' },
  { id: 'eisr', label: 'Environmental Information (Scotland) Regulations 2004' },
];

export const defaultAuthorityName = 'Our authority';

export function isRegimeId(value: string): value is RegimeId {
  return starterRegimes.some((r) => r.id === value);
}

/** A YAML double-quoted string: safe for any name (colons, quotes, a leading '#'). */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

export function starterConfig(options: { regime: RegimeId; authority: string }): string {
  const regime = starterRegimes.find((r) => r.id === options.regime)!;
  const authority = options.authority.replace(/\s+/g, ' ').trim() || defaultAuthorityName;
  return `# foi-lint settings: each reply draft uses the nearest .foi.yaml in its folder or a folder above.
# Every key is described in foi-lint's JSON Schema (server/schema/foi-lint.schema.json in the
# package), which YAML editors use to complete and check this file.

# The built-in settings to start from: ${regime.label}.
# One of foia, eir, foisa, eisr (or a path to another .foi.yaml).
extends: ${regime.id}

authority:
  name: ${yamlString(authority)}
  # true for central government (FOIA Schedule 1, Part I): the cost limit is then £600 (24 hours).
  centralGovernment: false
  # Our own contact details, which replies may contain (others are flagged as possible personal data).
  emails: []
  phones: []

# Rule severities by rule id: off, info, warning or error (\`foi-lint --list-rules\` lists the rules
# and their defaults). For example \`missing-direct-marketing: off\` if replies carry no PECR notice.
rules:
  shared-answer: info

# Drafting markers of our own that must not be left in a reply: case-insensitive regular
# expressions, e.g. ['\\bCHECKME\\b'].
placeholders: []

# Extra closure days that do not count as working days for the statutory deadline, e.g. [2026-12-24].
holidays: []
`;
}
