import * as assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver/node';
import { normalizeSettings, SettingsStore } from '../../server/src/lsp/settings';

// The foiLint settings section, whatever shape the client sends it in.
describe('lsp settings', () => {
  it('reads nested and flat draft globs and ignores malformed values', () => {
    assert.deepEqual(normalizeSettings({ drafts: { globs: ['a/*.md', 3, ''] } }).draftGlobs, ['a/*.md']);
    assert.deepEqual(normalizeSettings({ 'drafts.globs': ['b.md'] }).draftGlobs, ['b.md']);
    const odd = normalizeSettings({ enable: 'yes', rules: { a: 'loud', b: 'off' }, debounceMs: -5, schemaPath: '  ' });
    assert.equal(odd.enable, true);
    assert.deepEqual(odd.rules, { b: 'off' });
    assert.equal(odd.debounceMs, 50);
    assert.equal(odd.schemaPath, undefined);
    assert.equal(normalizeSettings(null).trusted, true);
    assert.equal(normalizeSettings({ trusted: false }).trusted, false);
  });

  it('takes settings from initializationOptions and didChangeConfiguration when the client cannot be asked', async () => {
    const store = new SettingsStore({} as Connection, false, { foiLint: { rules: { placeholder: 'off' } } });
    assert.deepEqual((await store.get('file:///a.md')).rules, { placeholder: 'off' });
    store.changed({ foiLint: { enable: false } });
    assert.equal((await store.get('file:///a.md')).enable, false);
  });
});
