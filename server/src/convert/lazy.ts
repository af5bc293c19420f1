/** The converters and the export, required on first use (see ../converters.ts for why). */
export function converters(): typeof import('../converters') {
  return require('../converters') as typeof import('../converters');
}
