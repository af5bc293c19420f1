'use strict';
// One activation sample, in a fresh process: inject the `vscode` stub (Module._resolveFilename sends
// `require('vscode')` to a key whose require.cache entry is the stub), then time require() of the
// bundled extension and its activate(context). Prints one JSON line. Then, apart, the language client
// library the extension loads when the first draft opens (dist/languageClient.js, when the bundle has
// one): not part of activation, but of the wait for the first draft's server.
const Module = require('node:module');
const path = require('node:path');
const { createVscodeStub, createContext } = require('./vscode-stub');

const bundle = process.argv[2];
const STUB_KEY = path.join(__dirname, '__vscode_stub__.js');
const { stub, commands, unknownAccess } = createVscodeStub();
const m = new Module(STUB_KEY);
m.filename = STUB_KEY;
m.loaded = true;
m.exports = stub;
require.cache[STUB_KEY] = m;
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? STUB_KEY : resolve.call(this, request, ...rest);
};

const t0 = performance.now();
const extension = require(bundle);
const t1 = performance.now();
const context = createContext(path.resolve(path.dirname(bundle), '..'));
const api = extension.activate(context);
const t2 = performance.now();
Promise.resolve(api).then(async (value) => {
  const clientBundle = path.join(path.dirname(bundle), 'languageClient.js');
  let clientLoadMs = null;
  if (require('node:fs').existsSync(clientBundle)) {
    const t3 = performance.now();
    require(clientBundle);
    clientLoadMs = performance.now() - t3;
  }
  const result = {
    requireMs: t1 - t0,
    activateMs: t2 - t1,
    totalMs: t2 - t0,
    clientLoadMs,
    reportedActivationMs: value && typeof value.activationMs === 'number' ? value.activationMs : null,
    commands: [...commands.keys()],
    subscriptions: context.subscriptions.length,
    unknownAccess: [...unknownAccess],
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  if (typeof extension.deactivate === 'function') await extension.deactivate();
  process.exit(0);
});
