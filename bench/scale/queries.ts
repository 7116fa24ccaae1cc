/**
 * API latency against its floor, in one run on the same graph: each case is timed through HTTP (the
 * real app from createApp on a loopback port) and as the floor, the same service call in-process
 * (same Cypher, same round trips over the driver, no HTTP, no JSON, no zod).
 */
import type { Server } from "node:http";
import { createApp } from "../../server/app";
import type { Executor } from "../../server/neo4j/executor";
import { CorridorRepository } from "../../server/repositories/corridors";
import { GraphRepository } from "../../server/repositories/graph";
import { CorridorService } from "../../server/services/corridors";
import { GraphService } from "../../server/services/graph";
import { combineRounds, type RoundFigures, roundFigures } from "./rounds";

export { percentile } from "./rounds";

export interface CaseResult {
  name: string;
  n: number;
  apiP50: number;
  apiP99: number;
  floorP50: number;
  floorP99: number;
  /** The slowest sample of each side (with 200 samples the p99 is the 3rd slowest). */
  apiMax?: number;
  floorMax?: number;
  /** Requests (API or floor) that failed; their times are still in the samples. */
  failures?: number;
  /** Each round's figures (the ones above are their medians); absent in reports before rounds. */
  rounds?: RoundFigures[];
  note: string;
}

interface Case {
  name: string;
  /** The i-th request: a URL path+query, and the in-process call that answers it. */
  request(i: number): { url: string; floor: () => Promise<unknown> };
  note?: (body: unknown) => string;
  /** A label per answer, counted over every answer of the case (e.g. how many path searches found one). */
  tally?: (body: unknown) => string;
}

export interface QueryTargets {
  supernode: string;
  degree10: string[];
  sample: string[];
  corridors: string[];
}

export function cases(svc: GraphService, corridors: CorridorService, t: QueryTargets): Case[] {
  const at = <T>(xs: T[], i: number) => xs[i % xs.length] as T;
  const prefix = (n: number) => (i: number) => at(t.sample, i).split(":")[1]?.slice(0, n) ?? "";
  const search = (n: number): Case => ({
    name: `search ${n}-char prefix`,
    request: (i) => {
      const q = prefix(n)(i);
      return {
        url: `/api/search?q=${encodeURIComponent(q)}&limit=20`,
        floor: () => svc.search(q, undefined, 20),
      };
    },
    note: (b) => `hits=${(b as { hits: unknown[] }).hits.length}`,
  });
  const hood = (name: string, ids: (i: number) => string, depth: number, limit: number): Case => ({
    name: `${name} depth ${depth} (cap ${limit})`,
    request: (i) => {
      const id = ids(i);
      return {
        url: `/api/nodes/${encodeURIComponent(id)}/neighborhood?depth=${depth}&limit=${limit}`,
        floor: () => svc.neighborhood(id, { depth, limit }),
      };
    },
    note: (b) => {
      const g = b as { graph: { nodes: unknown[]; edges: unknown[] }; truncated: boolean };
      return `nodes=${g.graph.nodes.length} edges=${g.graph.edges.length}${g.truncated ? " truncated" : ""}`;
    },
  });
  const cs: Case[] = [search(2), search(4)];
  for (const [depth, limit] of [
    [1, 200],
    [2, 1000],
  ] as const) {
    cs.push(hood("neighbourhood random", (i) => at(t.sample, i), depth, limit));
    cs.push(hood("neighbourhood degree-10", (i) => at(t.degree10, i), depth, limit));
    cs.push(hood("neighbourhood supernode", () => t.supernode, depth, limit));
  }
  cs.push({
    name: "paths k=3 ≤4 hops",
    request: (i) => {
      const from = at(t.sample, i);
      const to = at(t.sample, i + 7);
      return {
        url: `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&k=3&maxLength=4`,
        floor: () => svc.paths({ from, to, k: 3, maxLength: 4, includeCoOccurrence: false }),
      };
    },
    note: (b) => `paths=${(b as { paths: unknown[] }).paths.length}`,
    tally: (b) => {
      const r = b as { paths: unknown[]; reason?: string };
      if (r.paths.length > 0) return "found";
      return /relationships read/.test(r.reason ?? "")
        ? "none-within-caps"
        : /deadline/.test(r.reason ?? "")
          ? "deadline"
          : "none";
    },
  });
  if (t.corridors.length > 0)
    cs.push({
      name: "corridor zones",
      request: (i) => {
        const id = at(t.corridors, i);
        return { url: `/api/corridors/${encodeURIComponent(id)}/zones`, floor: () => corridors.zones(id) };
      },
      note: (b) => {
        const r = b as { links: unknown[]; page?: { stations: number; totalStations: number } };
        return `links=${r.links.length} stations=${r.page?.stations ?? "?"}/${r.page?.totalStations ?? "?"}`;
      },
    });
  cs.push({
    name: "corridor list",
    request: () => ({ url: "/api/corridors", floor: () => corridors.list() }),
    note: (b) => {
      const r = b as { corridors: { complete?: boolean }[] };
      return `corridors=${r.corridors.length} incomplete=${r.corridors.filter((c) => c.complete === false).length}`;
    },
  });
  return cs;
}

/**
 * Samples per case: with 60 the p99 was the slowest request, so one stall of the machine decided it; with
 * 200 it is the 3rd slowest (the slowest is printed too, as max).
 */
export const SAMPLES = 200;

/**
 * Request pairs (API and floor) run before a case's samples and not counted: each query text's first
 * executions are planned (seconds, cold), and Neo4j plans a text again on its 11th execution unless its
 * expressions are compiled from the start (server/repositories/fragments.ts compiledExpressions); 8 pairs
 * run every query text of a case at least 16 times, so every counted sample is a steady-state one.
 */
export const WARMUP = 8;

/** The Neo4j the diagnostic scripts (stalls.ts, apiCost.ts) attach to: NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD. */
export function benchConnectionFromEnv() {
  return {
    uri: process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687",
    user: process.env.NEO4J_USER ?? "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "",
    database: "neo4j",
  };
}

/** The app settings of the bench's API (generous limits: the cases measure speed, not refusals). */
export const BENCH_SETTINGS = {
  database: "neo4j",
  cypherTimeoutMs: 5000,
  cypherRowLimit: 1000,
  cypherRateLimitPerMinute: 100_000,
  bodyLimit: "100kb",
};

/**
 * Rounds per case: each a complete measurement (warm-up, then SAMPLES pairs), every case's round r run
 * before any case's round r + 1, so a case's rounds are minutes apart, under whatever load each moment has.
 * Figures and ratios are the median over the rounds (see rounds.ts).
 */
export const ROUNDS = 5;

/** One case's samples in one round, with its answers' tallies and failures added to `acc`. */
async function runRound(c: Case, port: number, n: number, acc: CaseAccumulator): Promise<RoundFigures> {
  const api: number[] = [];
  const floor: number[] = [];
  for (let i = -WARMUP; i < n; i++) {
    const m = await measure(port, c.request(Math.max(0, i)), i % 2 === 1);
    if (m.ok) {
      acc.last = m.body;
      acc.lastBytes = m.bytes;
    }
    if (i < 0) continue;
    const label = m.ok && c.tally ? c.tally(m.body) : "";
    if (label) acc.tallies.set(label, (acc.tallies.get(label) ?? 0) + 1);
    api.push(m.apiMs);
    floor.push(m.floorMs);
    if (m.apiFailure) acc.fail(m.apiFailure);
    if (m.floorFailed) acc.fail("floor error");
  }
  return roundFigures(api, floor);
}

class CaseAccumulator {
  last: unknown = null;
  /** The JSON bytes of the last answer (its Content-Length): the share of the API's time that follows the answer. */
  lastBytes = 0;
  readonly failures = new Map<string, number>();
  readonly tallies = new Map<string, number>();
  readonly rounds: RoundFigures[] = [];
  fail(what: string) {
    this.failures.set(what, (this.failures.get(what) ?? 0) + 1);
  }
  result(c: Case, n: number): CaseResult {
    const samples = n * this.rounds.length;
    return {
      name: c.name,
      n,
      ...combineRounds(this.rounds),
      rounds: this.rounds,
      failures: [...this.failures.values()].reduce((a, b) => a + b, 0),
      note: [
        this.last === null ? "" : (c.note?.(this.last) ?? ""),
        this.last === null ? "" : `json=${(this.lastBytes / 1024).toFixed(1)}KB`,
        ...[...this.tallies].map(([label, count]) => `${label}=${count}/${samples}`),
        ...[...this.failures].map(([what, count]) => `${count}× ${what}`),
      ]
        .filter(Boolean)
        .join(" "),
    };
  }
}

export async function runQueryBench(
  executor: Executor,
  targets: QueryTargets,
  {
    port,
    n = SAMPLES,
    rounds = ROUNDS,
    log = (_: string) => {},
  }: { port: number; n?: number; rounds?: number; log?: (l: string) => void },
): Promise<{ results: CaseResult[]; apiPeakRssMb: number }> {
  const server: Server = createApp({ executor, settings: BENCH_SETTINGS }).listen(port, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const graphRepo = new GraphRepository(executor);
  const svc = new GraphService(graphRepo);
  const corridors = new CorridorService(new CorridorRepository(executor), graphRepo);
  let peak = process.memoryUsage().rss;
  const all = cases(svc, corridors, targets);
  const accs = all.map(() => new CaseAccumulator());
  try {
    for (let r = 0; r < rounds; r++)
      for (const [k, c] of all.entries()) {
        const acc = accs[k] as CaseAccumulator;
        const f = await runRound(c, port, n, acc);
        acc.rounds.push(f);
        peak = Math.max(peak, process.memoryUsage().rss);
        log(
          `round ${r + 1}/${rounds} ${c.name}: API p50 ${f.apiP50.toFixed(1)} p99 ${f.apiP99.toFixed(1)} max ${f.apiMax.toFixed(1)} ms; floor p50 ${f.floorP50.toFixed(1)} p99 ${f.floorP99.toFixed(1)} max ${f.floorMax.toFixed(1)} ms`,
        );
      }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  const results = all.map((c, k) => (accs[k] as CaseAccumulator).result(c, n));
  for (const row of results)
    log(
      `${row.name} (median of ${rounds} rounds): API p50 ${row.apiP50.toFixed(1)} p99 ${row.apiP99.toFixed(1)}; floor p50 ${row.floorP50.toFixed(1)} p99 ${row.floorP99.toFixed(1)} ms ${row.note}`,
    );
  return { results, apiPeakRssMb: peak / 2 ** 20 };
}

/**
 * One request through the API and through the floor, one after the other. Who goes first alternates
 * (`floorFirst`), so that neither always pays for the cold page cache of a node seen for the first time
 * (the random cases): with the API always first, its p99 was that of cold reads and the floor's of warm ones.
 */
async function measure(port: number, r: { url: string; floor: () => Promise<unknown> }, floorFirst: boolean) {
  const out = {
    apiMs: 0,
    floorMs: 0,
    ok: false,
    body: null as unknown,
    bytes: 0,
    apiFailure: "",
    floorFailed: false,
  };
  const viaApi = async () => {
    const t = performance.now();
    try {
      const res = await fetch(`http://127.0.0.1:${port}${r.url}`);
      out.bytes = Number(res.headers.get("content-length") ?? 0);
      out.body = await res.json();
      out.ok = res.ok;
      if (!res.ok) out.apiFailure = `HTTP ${res.status}`;
    } catch {
      out.apiFailure = "HTTP error";
    }
    out.apiMs = performance.now() - t;
  };
  const viaFloor = async () => {
    const t = performance.now();
    await r.floor().catch(() => {
      out.floorFailed = true;
    });
    out.floorMs = performance.now() - t;
  };
  for (const run of floorFirst ? [viaFloor, viaApi] : [viaApi, viaFloor]) await run();
  return out;
}

/**
 * Ids the cases use: a degree-10 sample and the 10 corridors of highest degree (the ones an analyst opens;
 * the supernode corridor among them when the graph has one); the supernode and random sample come from the
 * generator.
 */
export async function findTargets(executor: Executor): Promise<{ degree10: string[]; corridors: string[] }> {
  const r = await executor.executeRead({
    cypher: `CALL () { MATCH (n:Entity) WHERE n.degree = 10 RETURN n.id AS id LIMIT 20 }
RETURN collect(id) AS degree10, COLLECT { MATCH (c:Corridor) RETURN c.id ORDER BY c.degree DESC, c.id LIMIT 10 } AS corridors`,
  });
  return { degree10: r.records[0]?.get("degree10") ?? [], corridors: r.records[0]?.get("corridors") ?? [] };
}
