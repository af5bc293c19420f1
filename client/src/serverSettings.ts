import * as vscode from 'vscode';

/**
 * The `foiLint` settings as the server reads them, plus `trusted`: the server must not run the
 * workspace's own patterns (from .foi.yaml) until the user trusts the workspace.
 */
export function serverSettings(scope?: vscode.Uri): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('foiLint', scope);
  return { ...(JSON.parse(JSON.stringify(config)) as Record<string, unknown>), trusted: vscode.workspace.isTrusted };
}

/** A `foiLint` value the server asked for, with the workspace's trust added. */
export function withTrust(section: string | undefined, value: unknown): unknown {
  if (section === 'foiLint.trusted') return vscode.workspace.isTrusted;
  if (section === 'foiLint' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return { ...value, trusted: vscode.workspace.isTrusted };
  }
  return value;
}
