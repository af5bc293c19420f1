import { starterConfigRequest, type StarterConfigParams, type StarterConfigResult } from 'foi-lint-protocol';
import type { Connection } from 'vscode-languageserver/node';
import { defaultAuthorityName, isRegimeId, starterConfig, starterRegimes } from '../engine';

// The request behind the editor command "FOI: Create .foi.yaml": the regimes to choose from and the
// commented starter file for a choice, the same file `foi-lint init` writes.

export function starterConfigFor(params: unknown): StarterConfigResult {
  const p = (typeof params === 'object' && params !== null ? params : {}) as StarterConfigParams;
  const regime = typeof p.regime === 'string' && isRegimeId(p.regime) ? p.regime : 'foia';
  const authority = typeof p.authority === 'string' ? p.authority : defaultAuthorityName;
  return { regimes: [...starterRegimes], defaultAuthority: defaultAuthorityName, text: starterConfig({ regime, authority }) };
}

export function registerStarterConfig(connection: Connection): void {
  connection.onRequest(starterConfigRequest, (params: unknown) => starterConfigFor(params));
}
