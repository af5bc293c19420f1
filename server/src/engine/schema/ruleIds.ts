// The rule ids a .foi.yaml may configure. The registry is loaded on first use, not imported: rules
// read schemas, so a static import would make a cycle between the two modules.

let cached: ReadonlySet<string> | undefined;

/** Ids of all registered rules, or undefined while no registry is available (ids are then not checked). */
export function registeredRuleIds(): ReadonlySet<string> | undefined {
  if (cached) return cached;
  let registry: { allRules?: readonly { meta: { id: string } }[] };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    registry = require('../rules/registry') as typeof registry;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw error;
  }
  // Still loading (a rule asked for a schema while the registry was being built): try again later.
  if (!Array.isArray(registry.allRules)) return undefined;
  cached = new Set(registry.allRules.map((r) => r.meta.id));
  return cached;
}
