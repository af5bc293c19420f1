import { deep } from './config';
import { extremeCases } from './extremes';
import { Isolate } from './isolate';

// Hostile drafts one by one (see extremes.ts), each in a worker so a hang fails the test instead of
// freezing the run.

describe('reliability: extreme drafts', function () {
  const isolate = new Isolate();
  after(() => isolate.close());

  for (const [name, c] of Object.entries(extremeCases).filter(([, c]) => deep || !c.deepOnly)) {
    it(`${name}: lints within ${c.budgetMs / 1000} s, findings in range, fixes keep lines and line endings`, async function () {
      // lint, then up to a few fix passes, each with the same bound; the watchdog stops a hang.
      this.timeout(c.budgetMs * 4 + 20_000);
      await isolate.run('extreme', { arg: name, stallMs: c.budgetMs + 5_000, totalMs: c.budgetMs * 4 + 10_000 });
    });
  }
});
