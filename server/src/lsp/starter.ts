import type { Connection } from 'vscode-languageserver/node';
import { defaultAuthorityName, isRegimeId, starterConfig, starterRegimes } from '../engine/schema/starter';
import type { RegimeId } from '../engine/types';

// The request behind the editor command "FOI: Create .foi.yaml": the regimes to choose from and the
// commented starter file for a choice, the same file `foi-lint init` writes.

export const starterConfigRequest = 'foiLint/starterConfig';

export interface StarterConfigParams {
  regime?: string;
  authority?: string;
}

export interface StarterConfigResult {
  regimes: { id: RegimeId; label: string }[];
  defaultAuthority: string;
  /** The file's text for the regime (foia when none or an unknown one is given). */
  text: string;
}

export function starterConfigFor(params: unknown): StarterConfigResult {
  const p = (typeof params === 'object' && params !== null ? params : {}) as StarterConfigParams;
  const regime = typeof p.regime === 'string' && isRegimeId(p.regime) ? p.regime : 'foia';
  const authority = typeof p.authority === 'string' ? p.authority : defaultAuthorityName;
  return { regimes: [...starterRegimes], defaultAuthority: defaultAuthorityName, text: starterConfig({ regime, authority }) };
}

export function registerStarterConfig(connection: Connection): void {
  connection.onRequest(starterConfigRequest, (params: unknown) => starterConfigFor(params));
}
