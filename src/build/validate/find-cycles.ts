/**
 * Finds cycles in a directed graph given as adjacency lists. Each cycle is returned once, as the
 * list of its nodes starting from the one first reached, e.g. `['a', 'b', 'c']` for a → b → c → a.
 */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];

  const visit = (node: string) => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const seen = state.get(next);
      if (seen === 'visiting') cycles.push(stack.slice(stack.indexOf(next)));
      else if (seen === undefined && edges.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };

  for (const node of [...edges.keys()].sort()) {
    if (!state.has(node)) visit(node);
  }
  return cycles;
}
