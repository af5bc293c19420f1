import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Heap settings for the CLI and the language server, imported first by each, before the engine
// allocates. Linting allocates a few hundred kilobytes per draft that are garbage by the next check.
// Left to itself, V8 grows its young generation under that allocation rate (to 16 MB per semi-space),
// then the old generation as short-lived objects are promoted into it: the CLI's resident memory rose
// to about 140 MB over 10,000 drafts although 16 MB is ever live, and the language server's to 100 MB
// with 200 drafts open. Two settings hold both near their start-up memory:
// - the young generation stays at its initial size (each collection of it is quick, little survives);
// - the CLI makes a full collection every few hundred drafts (compactHeap), so the old generation's
//   limit is set from what is live, not from the garbage promoted since the last one (about 10 ms).
// Node flags the user gives (NODE_OPTIONS, or on the command line) still win.

const given = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`;
if (!/--semi-space-growth-factor|--max-semi-space-size|--min-semi-space-size/.test(given)) {
  setFlagsFromString('--semi-space-growth-factor=1');
}

let collect: (() => void) | null | undefined;

/** A full garbage collection, when the runtime allows one. */
function compactHeap(): void {
  if (collect === undefined) {
    try {
      // The collector is reachable from script only with --expose-gc: set it, take gc from a new
      // context (which gets it), and unset it again unless the user had set it.
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
      if (!/--expose-gc|--expose_gc/.test(given)) setFlagsFromString('--no-expose-gc');
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/** How many drafts the CLI lints between two full collections. */
const draftsPerCompaction = 500;

let draftsChecked = 0;

/** A draft is about to be checked in this thread: every draftsPerCompaction of them, a full collection. */
export function draftChecked(): void {
  if (++draftsChecked % draftsPerCompaction === 0) compactHeap();
}
