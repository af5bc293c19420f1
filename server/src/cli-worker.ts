// A worker thread of the foi-lint command's pool (cli/pool.ts): the heap settings first, as in cli.ts.
import './heap';
import './cli/pool-worker';
