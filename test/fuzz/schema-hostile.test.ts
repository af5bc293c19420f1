import { runs } from './config';
import { Isolate } from './isolate';
import { schemaCaseNames } from './schema-tasks';

// Hostile .foi.yaml files (see schema-tasks.ts): each must load quickly into problems with a line
// and column, or a schema, without polluting Object.prototype; linting with the base still works.

describe('reliability: hostile settings files', function () {
  const isolate = new Isolate();
  after(() => isolate.close());

  for (const name of schemaCaseNames) {
    it(`${name}: a clear problem (or a schema), quickly; the base still lints`, async function () {
      this.timeout(60_000);
      await isolate.run('schema-case', { arg: name, stallMs: 20_000, totalMs: 50_000 });
    });
  }

  const n = runs(300);
  it(`random and damaged settings files, trusted and untrusted, never throw (${n} inputs)`, async function () {
    const totalMs = 60_000 + n * 300;
    this.timeout(totalMs + 10_000);
    await isolate.run('schema-fuzz', { runs: n, stallMs: 15_000, totalMs });
  });
});
