import type { Connection } from 'vscode-languageserver/node';
import type { SeveritySetting } from '../engine';

/** The `foiLint` settings section, as the server uses it. */
export interface Settings {
  enable: boolean;
  /** A schema file to use instead of the nearest `.foi.yaml`; relative to the workspace folder. */
  schemaPath?: string;
  /** Severity overrides, applied on top of the schema's. */
  rules: Record<string, SeveritySetting>;
  /** Markdown files matching these globs are drafts too (besides the `foi-response` language). */
  draftGlobs: string[];
  /** Whether the workspace is trusted: untrusted workspaces get no user regular expressions. */
  trusted: boolean;
  /** Quiet time after an edit before the draft is checked again. */
  debounceMs: number;
}

export const defaultSettings: Settings = {
  enable: true,
  rules: {},
  draftGlobs: [],
  // Editors without a notion of workspace trust (Neovim, Emacs) open files the user chose; VS Code's
  // client always sends the real state.
  trusted: true,
  debounceMs: 50,
};

const severities = new Set<string>(['off', 'info', 'warning', 'error']);

/** Read whatever the client sent as the `foiLint` section; anything malformed falls back to the default. */
export function normalizeSettings(raw: unknown): Settings {
  if (!isObject(raw)) return { ...defaultSettings };
  const rules: Record<string, SeveritySetting> = {};
  if (isObject(raw.rules)) {
    for (const [id, value] of Object.entries(raw.rules)) {
      if (typeof value === 'string' && severities.has(value)) rules[id] = value as SeveritySetting;
    }
  }
  // Both `drafts.globs` as a nested object and the flat dotted key, as some clients send it.
  const drafts = isObject(raw.drafts) ? raw.drafts : undefined;
  const globs = drafts?.globs ?? raw['drafts.globs'];
  const debounce = raw.debounceMs;
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : defaultSettings.enable,
    schemaPath: typeof raw.schemaPath === 'string' && raw.schemaPath.trim() !== '' ? raw.schemaPath.trim() : undefined,
    rules,
    draftGlobs: Array.isArray(globs) ? globs.filter((g): g is string => typeof g === 'string' && g !== '') : [],
    trusted: typeof raw.trusted === 'boolean' ? raw.trusted : defaultSettings.trusted,
    debounceMs:
      typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0
        ? Math.min(debounce, 5000)
        : defaultSettings.debounceMs,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Settings per document. Clients with `workspace/configuration` are asked (scoped to the document, so
 * multi-root workspaces can differ); others (older Neovim set-ups) give them in initializationOptions
 * and in workspace/didChangeConfiguration.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private pushed: Settings;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    initializationOptions: unknown,
  ) {
    this.pushed = normalizeSettings(pickSection(initializationOptions));
  }

  /** Settings for a document; '' for the workspace's own. */
  get(uri: string): Promise<Settings> {
    if (!this.canPull) return Promise.resolve(this.pushed);
    let found = this.cache.get(uri);
    if (!found) {
      found = this.connection.workspace
        .getConfiguration(uri ? { scopeUri: uri, section: 'foiLint' } : { section: 'foiLint' })
        .then(normalizeSettings, (error: unknown) => {
          this.connection.console.warn(`foi-lint: could not read settings (${String(error)}); using defaults.`);
          this.cache.delete(uri);
          return this.pushed;
        });
      this.cache.set(uri, found);
    }
    return found;
  }

  /** workspace/didChangeConfiguration: forget what was asked; take pushed settings when they came. */
  changed(settings: unknown): void {
    this.cache.clear();
    const section = pickSection(settings);
    if (section !== undefined) this.pushed = normalizeSettings(section);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

/** Accept `{foiLint: {...}}` or the section itself. */
function pickSection(value: unknown): unknown {
  if (!isObject(value)) return undefined;
  if (isObject(value.foiLint)) return value.foiLint;
  if ('enable' in value || 'rules' in value || 'schemaPath' in value || 'trusted' in value || 'drafts' in value) return value;
  return undefined;
}
