// Reading what a URL says, for every view that keeps its state there (filters, presentation):
// list parameters, parameters nobody owns, and values cut to a length a message can show.

/** A value from the URL cut to a readable length for a message (shown as text, never markup). */
export function shortened(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** Every value of a list parameter, repeated (`dept=a&dept=b`) or comma-separated (`dept=a,b`). */
export function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * The parameters a view does not know, each once, shortened. `mock` chooses a scenario of the
 * mock API (mock mode only): it is never a view's to judge.
 */
export function unknownParams(
  params: URLSearchParams,
  known: readonly string[],
): { param: string; value: string }[] {
  const owned = new Set([...known, 'mock']);
  return [...new Set(params.keys())]
    .filter((name) => !owned.has(name))
    .map((name) => ({ param: shortened(name), value: shortened(params.get(name) ?? '') }));
}
