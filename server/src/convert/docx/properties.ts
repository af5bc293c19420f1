import { parseXml } from './xml';

// `foi-lint export` keeps a draft's front matter (reference, dates, regime) in the document's custom
// properties (File > Properties > Custom in Word), which the letter's reader does not see; reading the
// .docx back turns them into front matter again, so the exported reply is checked as its draft was.

/** Front-matter keys kept as custom properties, by property name. */
export const frontMatterProperties: Record<string, string> = {
  reference: 'FOI reference',
  received: 'FOI received',
  sent: 'FOI sent',
  regime: 'FOI regime',
};

export function frontMatterFromProperties(customXml: Buffer | undefined): string {
  if (!customXml) return '';
  const root = parseXml(customXml, 'docProps/custom.xml').documentElement;
  const lines: string[] = [];
  for (const [key, name] of Object.entries(frontMatterProperties)) {
    for (const p of Array.from(root.getElementsByTagName('*') as unknown as ArrayLike<Element>)) {
      if (p.localName !== 'property' || p.getAttribute('name') !== name) continue;
      const value = (p.textContent ?? '').trim();
      if (/^[\w .:/-]{1,80}$/.test(value)) lines.push(`${key}: ${JSON.stringify(value)}`);
    }
  }
  return lines.length > 0 ? `---\n${lines.join('\n')}\n---\n\n` : '';
}
