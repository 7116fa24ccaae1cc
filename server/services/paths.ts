/**
 * GET /api/paths: k simple paths between two entities over the allowed relationship types, found by the
 * app-side bidirectional search (pathSearch.ts) within one deadline, then read with their evidence.
 * With no typed path the answer says why (`reason`) and how many paths co-occurrence would give.
 */
import type { PathsResponse, SerializedGraph } from "../../contracts/api";
import type { RelType } from "../../contracts/graph";
import { BadRequestError, CypherTimeoutError, NotFoundError } from "../errors";
import { evidenceViews, nodeAttributes, relTypes } from "../repositories/fragments";
import type { GraphRepository } from "../repositories/graph";
import { PATH_BUDGET, PATH_LIMITS, PATH_TIMEOUT_MS, type PathDetails } from "../repositories/paths";
import type { EndNames } from "./evidenceRanking";
import { edgeOf, emptyGraph, endNames } from "./graph";
import { type FoundPath, type SearchResult, type Step, searchPaths } from "./pathSearch";

export interface PathsOptions {
  from: string;
  to: string;
  maxLength: number;
  k: number;
  includeCoOccurrence: boolean;
  types?: string[] | undefined;
}

type Ends = { from: string; to: string };

const DEADLINE = `the path search stopped at its ${PATH_TIMEOUT_MS / 1000} s deadline: try fewer hops or fewer relationship types`;

/** A step of the search within `deadline` (epoch ms): it gets what is left of it, null after. */
export function stepWithin(repo: GraphRepository, rels: RelType[], deadline: number): Step {
  return async (frontier, perNode) => {
    const left = deadline - Date.now();
    if (left <= 0) return null;
    try {
      return await repo.pathStep(frontier, rels, perNode, left);
    } catch (error) {
      if (error instanceof CypherTimeoutError) return null;
      throw error;
    }
  };
}

/** One search within `deadline`; null when the first step (both ends) did not finish in time. */
export async function runSearch(
  repo: GraphRepository,
  ends: Ends,
  rels: RelType[],
  limits: { maxLength: number; k: number },
  deadline: number,
): Promise<{ result: SearchResult; found: Set<string> }> {
  const maxLength = Math.max(1, Math.min(PATH_LIMITS.maxLength, Math.trunc(limits.maxLength)));
  const k = Math.max(1, Math.min(PATH_LIMITS.k, Math.trunc(limits.k)));
  const step = stepWithin(repo, rels, deadline);
  const first = await step([ends.from, ends.to], PATH_BUDGET.perNode);
  if (first === null) throw new CypherTimeoutError(`The path search was stopped at its deadline.`);
  const result = await searchPaths(ends, { ...PATH_BUDGET, maxLength, k }, step, first);
  return { result, found: new Set(first.keys()) };
}

/** The reason given with no path: none at all, none among what the caps let the search read, or the deadline. */
export function noPathReason(what: string, maxLength: number, r: SearchResult): string {
  if (r.deadline) return DEADLINE;
  if (r.truncated)
    return `no ${what} found within ${maxLength} hops among the ${r.read} relationships read (at most ${PATH_BUDGET.perNode} per node, ${PATH_BUDGET.budget} in all)`;
  return `no ${what} within ${maxLength} hops`;
}

/** The reason's code and the numbers it names, for clients that translate it. */
export function noPathCode(r: SearchResult | null): Pick<PathsResponse, "reasonCode" | "reasonFacts"> {
  if (!r || r.deadline) return { reasonCode: "deadline", reasonFacts: { seconds: PATH_TIMEOUT_MS / 1000 } };
  if (!r.truncated) return { reasonCode: "noPath" };
  return {
    reasonCode: "capped",
    reasonFacts: { read: r.read, perNode: PATH_BUDGET.perNode, budget: PATH_BUDGET.budget },
  };
}

export async function findPaths(
  repo: GraphRepository,
  opts: PathsOptions,
  timeoutMs = PATH_TIMEOUT_MS,
): Promise<PathsResponse> {
  if (opts.from === opts.to)
    throw new BadRequestError("from and to must name two different entities.", { param: "to" });
  const rels = relTypes(opts.types, opts.includeCoOccurrence);
  if (rels.length === 0) throw new BadRequestError("types: no known relationship type.", { param: "types" });
  const ends = { from: opts.from, to: opts.to };
  const deadline = Date.now() + timeoutMs;
  const first = await runSearch(repo, ends, rels, opts, deadline).catch((error) => {
    if (error instanceof CypherTimeoutError) return null;
    throw error;
  });
  if (first === null)
    return {
      from: opts.from,
      to: opts.to,
      paths: [],
      graph: emptyGraph(),
      reason: DEADLINE,
      ...noPathCode(null),
    };
  const { result: search, found } = first;
  for (const param of ["from", "to"] as const)
    if (!found.has(opts[param]))
      throw new NotFoundError(`${param}: no entity with id ${JSON.stringify(opts[param])}.`, { param });
  let reason: string | undefined;
  let coOccurrencePaths: number | undefined;
  if (search.paths.length === 0) {
    const what = opts.types?.length ? `path over ${rels.join(", ")}` : "typed path";
    reason = noPathReason(what, opts.maxLength, search);
    if (!rels.includes("CO_OCCURS") && !search.deadline) {
      const co = await runSearch(repo, ends, [...rels, "CO_OCCURS"], opts, deadline).catch(() => null);
      coOccurrencePaths = !co || co.result.deadline ? undefined : co.result.paths.length;
      if (coOccurrencePaths)
        reason += `; ${coOccurrencePaths} found when co-occurrence is allowed (includeCoOccurrence=true)`;
    }
  }
  // Entities, relationships and their evidence's provenance in one round trip.
  const details: PathDetails =
    search.paths.length === 0
      ? { nodes: [], rels: [], provenance: { docs: new Map(), passages: new Map() } }
      : await repo.pathDetails(
          [...new Set(search.paths.flatMap((p) => p.nodes))],
          [...new Set(search.paths.flatMap((p) => p.rels))],
        );
  return {
    from: opts.from,
    to: opts.to,
    ...pathsView(search.paths, details),
    ...(reason ? { reason, ...noPathCode(search) } : {}),
    ...(coOccurrencePaths !== undefined ? { coOccurrencePaths } : {}),
  };
}

/**
 * The paths whose every node and relationship is still there and still joins the same nodes (the graph
 * may change between steps), with their evidence inline.
 */
function pathsView(found: FoundPath[], details: PathDetails) {
  const nodesById = new Map(details.nodes.map((n) => [n.id, n]));
  const relsByEid = new Map(details.rels.map((r) => [r.eid, r]));
  const joins = (p: FoundPath, i: number) => {
    const r = relsByEid.get(p.rels[i] ?? "");
    const [x, y] = [p.nodes[i], p.nodes[i + 1]];
    return r !== undefined && ((r.source === x && r.target === y) || (r.source === y && r.target === x));
  };
  const valid = found.filter(
    (p) => p.nodes.every((id) => nodesById.has(id)) && p.rels.every((_, i) => joins(p, i)),
  );
  const names = new Map<string, EndNames>();
  for (const p of valid)
    for (const id of p.nodes) names.set(id, endNames(nodesById.get(id) as PathDetails["nodes"][number]));
  const used = valid.flatMap((p) => p.rels.map((eid) => relsByEid.get(eid) as PathDetails["rels"][number]));
  const docs = details.provenance;
  const nodes = new Map<string, SerializedGraph["nodes"][number]>();
  const edges = new Map<string, SerializedGraph["edges"][number]>();
  for (const id of names.keys()) {
    const n = nodesById.get(id);
    if (n) nodes.set(id, { key: id, attributes: nodeAttributes(n) });
  }
  for (const rel of used) {
    const hopEnds = [rel.source, rel.target].flatMap((id) => names.get(id) ?? []);
    const evidence = evidenceViews(rel.ev, docs, hopEnds);
    const e = edgeOf({ ...rel, evidenceCount: evidence.length });
    edges.set(rel.id, { ...e, attributes: { ...e.attributes, evidence } });
  }
  const paths = valid.map((p) => ({
    length: p.rels.length,
    nodes: p.nodes,
    edges: p.rels.map((eid) => relsByEid.get(eid)?.id ?? eid),
  }));
  return { paths, graph: { ...emptyGraph(), nodes: [...nodes.values()], edges: [...edges.values()] } };
}
