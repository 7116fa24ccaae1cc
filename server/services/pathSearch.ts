/**
 * Bidirectional breadth-first path search run from the app, one query per frontier step, so that its
 * cost follows the answer and not the graph: each step expands the side whose frontier is cheaper to read
 * (its nodes' degrees, each capped at `perNode` relationships), the search stops at the hop limit, at a
 * budget of relationships read in all, or when k paths are found. Supernodes cost at most `perNode` reads,
 * and they are rarely expanded at all: a path through a hub is found where both sides reach the hub.
 *
 * Paths are assembled at meeting nodes (reached from both ends): every shortest path passes through a
 * node first reached by the step that met, so the shortest paths come first and are all there (within
 * the caps); longer ones follow, each a shortest path to and from its meeting node. Paths that repeat a
 * node are dropped.
 */

/** One relationship read from a frontier node: its element id and the neighbour (id, degree). */
export interface Hop {
  rel: string;
  id: string;
  degree: number;
}

/** Reads the hops of every frontier node (at most `perNode` each); null when the deadline has passed. */
export type Step = (frontier: string[], perNode: number) => Promise<Map<string, Hop[]> | null>;

export interface SearchLimits {
  maxLength: number;
  k: number;
  /** Relationships read per expanded node (a supernode's cap). */
  perNode: number;
  /** Relationships read by the whole search. */
  budget: number;
  /** Parents kept per node (ways to reach it at its level): bounds the paths assembled. */
  maxParents: number;
  /** Both sides are expanded in one step while their frontiers would read at most this many. */
  together: number;
}

export interface FoundPath {
  nodes: string[];
  /** Relationship element ids, one per hop. */
  rels: string[];
}

export interface SearchResult {
  paths: FoundPath[];
  /** A cap or the budget left relationships unread: "no path" means none among those read. */
  truncated: boolean;
  /** The search stopped at its deadline. */
  deadline: boolean;
  read: number;
  steps: number;
}

interface Link {
  prev: string;
  rel: string;
}

/** One end's BFS: distance, parents at the previous level, the known degrees, the current frontier. */
export class Side {
  readonly dist = new Map<string, number>();
  readonly parents = new Map<string, Link[]>();
  readonly degree = new Map<string, number>();
  frontier: string[];
  level = 0;

  constructor(
    readonly root: string,
    rootDegree: number,
  ) {
    this.dist.set(root, 0);
    this.degree.set(root, rootDegree);
    this.frontier = [root];
  }

  /** Relationships the next step of this side would read at most. */
  cost(perNode: number): number {
    let sum = 0;
    for (const id of this.frontier) sum += Math.min(perNode, Math.max(1, this.degree.get(id) ?? perNode));
    return sum;
  }

  /** Adds one step's hops (the frontier's neighbours); the nodes first reached become the frontier. */
  absorb(hops: Map<string, Hop[]>, maxParents: number): string[] {
    const level = this.level + 1;
    const fresh: string[] = [];
    for (const from of this.frontier) {
      for (const hop of hops.get(from) ?? []) {
        if (hop.id === from) continue;
        const d = this.dist.get(hop.id);
        if (d === undefined) {
          this.dist.set(hop.id, level);
          this.degree.set(hop.id, hop.degree);
          this.parents.set(hop.id, [{ prev: from, rel: hop.rel }]);
          fresh.push(hop.id);
        } else if (d === level) {
          const links = this.parents.get(hop.id) ?? [];
          if (links.length < maxParents && !links.some((l) => l.rel === hop.rel))
            links.push({ prev: from, rel: hop.rel });
        }
      }
    }
    this.level = level;
    this.frontier = fresh;
    return fresh;
  }

  /** Up to `cap` shortest chains from the root to `node` over the parents (root first). */
  chains(node: string, cap: number): FoundPath[] {
    if (node === this.root) return [{ nodes: [node], rels: [] }];
    const out: FoundPath[] = [];
    for (const link of this.parents.get(node) ?? []) {
      for (const c of this.chains(link.prev, cap - out.length))
        out.push({ nodes: [...c.nodes, node], rels: [...c.rels, link.rel] });
      if (out.length >= cap) break;
    }
    return out;
  }
}

/** True when no node appears twice. */
export function isSimple(p: FoundPath): boolean {
  return new Set(p.nodes).size === p.nodes.length;
}

/** Paths through the meeting nodes, shortest meetings first: a's chain to m, then b's chain back. */
export function assemble(a: Side, b: Side, meets: string[], maxLength: number, cap: number): FoundPath[] {
  const length = (m: string) => (a.dist.get(m) ?? 0) + (b.dist.get(m) ?? 0);
  const out: FoundPath[] = [];
  for (const m of [...meets].sort((x, y) => length(x) - length(y))) {
    if (length(m) > maxLength) continue;
    const tails = b.chains(m, cap);
    for (const head of a.chains(m, cap)) {
      for (const tail of tails) {
        out.push({
          nodes: [...head.nodes, ...[...tail.nodes].reverse().slice(1)],
          rels: [...head.rels, ...[...tail.rels].reverse()],
        });
        if (out.length >= cap) return out;
      }
    }
  }
  return out;
}

/** Shorter first; at equal length the more specific (smaller largest inner degree), then by ids. */
function rank(a: Side, b: Side) {
  const inner = (p: FoundPath) =>
    Math.max(0, ...p.nodes.slice(1, -1).map((id) => a.degree.get(id) ?? b.degree.get(id) ?? 0));
  const key = (p: FoundPath) => p.nodes.join("\u0000") + p.rels.join("\u0000");
  return (x: FoundPath, y: FoundPath) =>
    x.rels.length - y.rels.length || inner(x) - inner(y) || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0);
}

/** The sides the next step expands: both when that stays cheap and within the hop limit, else the cheaper. */
function nextSides(a: Side, b: Side, limits: SearchLimits): Side[] {
  const [ca, cb] = [a.cost(limits.perNode), b.cost(limits.perNode)];
  if (a.level + b.level + 2 <= limits.maxLength && ca + cb <= limits.together) return [a, b];
  return [ca <= cb ? a : b];
}

/**
 * The search (see the file comment). `first` is the first step, both ends expanded at once (the
 * caller reads it to learn whether both ends exist); every later step expands one side, or both
 * while their frontiers are cheap (fewer round trips).
 */
export async function searchPaths(
  ends: { from: string; to: string },
  limits: SearchLimits,
  step: Step,
  first: Map<string, Hop[]>,
): Promise<SearchResult> {
  const a = new Side(ends.from, limits.perNode);
  const b = new Side(ends.to, limits.perNode);
  const found = new Map<string, FoundPath>();
  const result: SearchResult = { paths: [], truncated: false, deadline: false, read: 0, steps: 0 };
  const cap = 4 * limits.k + 16;
  let sides = [a, b];
  let hops: Map<string, Hop[]> | null = first;
  while (hops !== null) {
    result.steps++;
    for (const list of hops.values()) {
      result.read += list.length;
      if (list.length >= limits.perNode) result.truncated = true;
    }
    const fresh = new Map(
      sides.map((side) => [side, side.absorb(hops as Map<string, Hop[]>, limits.maxParents)]),
    );
    const meets = new Set<string>();
    for (const [side, ids] of fresh)
      for (const id of ids) if ((side === a ? b : a).dist.has(id)) meets.add(id);
    for (const p of assemble(a, b, [...meets], limits.maxLength, cap))
      if (isSimple(p)) found.set(`${p.nodes.join("\u0000")}|${p.rels.join("\u0000")}`, p);
    if (found.size >= limits.k) break;
    if (a.level + b.level >= limits.maxLength || a.frontier.length === 0 || b.frontier.length === 0) break;
    sides = nextSides(a, b, limits);
    const cost = sides.reduce((sum, side) => sum + side.cost(limits.perNode), 0);
    if (result.read + cost > limits.budget) {
      result.truncated = true;
      break;
    }
    hops = await step([...new Set(sides.flatMap((side) => side.frontier))], limits.perNode);
    if (hops === null) result.deadline = true;
  }
  result.paths = [...found.values()].sort(rank(a, b)).slice(0, limits.k);
  return result;
}
