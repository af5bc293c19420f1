// @joplin/turndown-plugin-gfm ships no type declarations; this is the part foi-lint uses.
declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  export function tables(service: TurndownService): void;
}
