/**
 * Where the query cases' slow samples come from (a diagnostic, not in the product path):
 * `npx tsx bench/scale/stalls.ts --scale 100k [--n 200] [--port 3131] [--only NAME]` against the Neo4j of
 * NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (a graph loaded from the bench file of that scale). For every
 * sample of every case (the bench's own cases and request order), API and floor interleaved, it records
 * the wall time of each side, the time spent inside the Executor (driver round trips), Neo4j's own time
 * for each query (resultAvailableAfter + resultConsumedAfter from the result summary), the Node GC pauses
 * and the largest event-loop delay that overlap the sample, and whether a query text ran for the first time
 * (planning). Prints a per-case breakdown of the slowest samples and writes every sample to
 * test-output/bench/stalls-<scale>.json.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import type { QueryResult } from "neo4j-driver";
import { createApp } from "../../server/app";
import { PROJECT_ROOT } from "../../server/config";
import { createDriver, Executor, type Query } from "../../server/neo4j/executor";
import { CorridorRepository } from "../../server/repositories/corridors";
import { GraphRepository } from "../../server/repositories/graph";
import { CorridorService } from "../../server/services/corridors";
import { GraphService } from "../../server/services/graph";
import { BENCH_SETTINGS, benchConnectionFromEnv, cases, findTargets, percentile } from "./queries";

interface QuerySpan {
  start: number;
  end: number;
  /** Neo4j's time: until the first record was available, plus until the last one was consumed. */
  neo4jMs: number;
  firstOfText: boolean;
}

/** An Executor that records every read it runs (same driver, same calls). */
class TimedExecutor extends Executor {
  spans: QuerySpan[] = [];
  private seen = new Set<string>();
  private record(q: Query, start: number, r: QueryResult) {
    const s = r.summary;
    const firstOfText = !this.seen.has(q.cypher);
    this.seen.add(q.cypher);
    const neo4jMs = Number(s.resultAvailableAfter ?? 0) + Number(s.resultConsumedAfter ?? 0);
    this.spans.push({ start, end: performance.now(), neo4jMs, firstOfText });
    return r;
  }
  override async executeRead(q: Query, o: { timeoutMs?: number } = {}): Promise<QueryResult> {
    const t = performance.now();
    return this.record(q, t, await super.executeRead(q, o));
  }
  override async executeReadOnce(q: Query, o: { timeoutMs?: number } = {}): Promise<QueryResult> {
    const t = performance.now();
    return this.record(q, t, await super.executeReadOnce(q, o));
  }
  override async executeReadWithin(q: Query, timeoutMs: number): Promise<QueryResult> {
    const t = performance.now();
    return this.record(q, t, await super.executeReadWithin(q, timeoutMs));
  }
}

interface Side {
  ms: number;
  queries: number;
  /** Wall time inside the Executor (sum over the side's queries). */
  executorMs: number;
  neo4jMs: number;
  planned: boolean;
  /** Node GC pause overlapping the side (ms). */
  gcMs: number;
}

const gcs: { start: number; end: number; kind: number }[] = [];

function side(ex: TimedExecutor, start: number, end: number): Side {
  const spans = ex.spans.filter((s) => s.start >= start && s.end <= end);
  const gcMs = gcs
    .filter((g) => g.end > start && g.start < end)
    .reduce((a, g) => a + Math.min(end, g.end) - Math.max(start, g.start), 0);
  return {
    ms: end - start,
    queries: spans.length,
    executorMs: spans.reduce((a, s) => a + s.end - s.start, 0),
    neo4jMs: spans.reduce((a, s) => a + s.neo4jMs, 0),
    planned: spans.some((s) => s.firstOfText),
    gcMs,
  };
}

async function timed(run: () => Promise<unknown>): Promise<[number, number]> {
  const t = performance.now();
  await run().catch(() => {});
  return [t, performance.now()];
}

async function main() {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const scale = arg("--scale") ?? "100k";
  const n = Number(arg("--n") ?? 200);
  const port = Number(arg("--port") ?? 3131);
  const conn = benchConnectionFromEnv();
  const ex = new TimedExecutor(createDriver(conn, { acquisitionTimeoutMs: 10_000 }), "neo4j");
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      gcs.push({
        start: e.startTime,
        end: e.startTime + e.duration,
        kind: (e as { detail?: { kind?: number } }).detail?.kind ?? 0,
      });
  }).observe({ entryTypes: ["gc"] });
  const meta = JSON.parse(
    fs.readFileSync(path.join(os.tmpdir(), `zonegraph-bench-${scale}.ndjson.meta.json`), "utf8"),
  ) as { supernode: string; sample: string[] };
  const more = await findTargets(ex);
  const server = createApp({ executor: ex, settings: BENCH_SETTINGS }).listen(port, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const repo = new GraphRepository(ex);
  const all = cases(new GraphService(repo), new CorridorService(new CorridorRepository(ex), repo), {
    supernode: meta.supernode,
    sample: meta.sample,
    degree10: more.degree10,
    corridors: more.corridors,
  });
  const only = arg("--only");
  const out: Record<string, { i: number; api: Side; floor: Side; loopMaxMs: number }[]> = {};
  try {
    for (const c of all.filter((x) => !only || x.name.includes(only))) {
      out[c.name] = await runCase(c, n, port, ex);
      summarize(c.name, out[c.name] ?? []);
    }
  } finally {
    server.close();
    await ex.close();
  }
  const kinds: Record<number, string> = { 1: "minor", 4: "major", 8: "incremental", 16: "weak callbacks" };
  for (const k of new Set(gcs.map((g) => g.kind))) {
    const ms = gcs.filter((g) => g.kind === k).map((g) => g.end - g.start);
    process.stdout.write(
      `node GC ${kinds[k] ?? k}: ${ms.length} pauses, total ${ms.reduce((a, b) => a + b, 0).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(1)}, max ${Math.max(...ms).toFixed(1)} ms\n`,
    );
  }
  const dir = path.join(PROJECT_ROOT, "test-output", "bench");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `stalls-${scale}.json`), JSON.stringify(out));
}

async function runCase(c: ReturnType<typeof cases>[number], n: number, port: number, ex: TimedExecutor) {
  const rows: { i: number; api: Side; floor: Side; loopMaxMs: number }[] = [];
  for (let i = 0; i < n; i++) {
    const r = c.request(i);
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    const api = () =>
      timed(async () => {
        const res = await fetch(`http://127.0.0.1:${port}${r.url}`);
        await res.arrayBuffer();
      });
    const order = i % 2 === 1 ? [r.floor, api] : [api, r.floor];
    const [a, b] = [
      await timed(order[0] as () => Promise<unknown>),
      await timed(order[1] as () => Promise<unknown>),
    ];
    loop.disable();
    const [apiT, floorT] = i % 2 === 1 ? [b, a] : [a, b];
    rows.push({
      i,
      api: side(ex, ...apiT),
      floor: side(ex, ...floorT),
      loopMaxMs: loop.max / 1e6,
    });
  }
  ex.spans = ex.spans.slice(-1000);
  return rows;
}

function summarize(name: string, rows: { i: number; api: Side; floor: Side; loopMaxMs: number }[]) {
  const f = (x: number) => x.toFixed(1);
  const line = (label: string, xs: Side[]) => {
    const ms = xs.map((s) => s.ms);
    return `${label} p50 ${f(percentile(ms, 50))} p99 ${f(percentile(ms, 99))} max ${f(Math.max(...ms))}`;
  };
  process.stdout.write(
    `\n== ${name}: ${line(
      "API",
      rows.map((r) => r.api),
    )}; ${line(
      "floor",
      rows.map((r) => r.floor),
    )}\n`,
  );
  const slow = [...rows.flatMap((r) => [["api", r.api, r] as const, ["floor", r.floor, r] as const])]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 6);
  for (const [who, s, r] of slow)
    process.stdout.write(
      `  #${r.i} ${who} ${f(s.ms)} ms: ${s.queries} queries, executor ${f(s.executorMs)}, neo4j ${f(s.neo4jMs)}, node GC ${f(s.gcMs)}, loop max ${f(r.loopMaxMs)}${s.planned ? ", first run of its text" : ""}\n`,
    );
  const med = (xs: number[]) => f(percentile(xs, 50));
  process.stdout.write(
    `  median API: executor ${med(rows.map((r) => r.api.executorMs))} neo4j ${med(rows.map((r) => r.api.neo4jMs))}; floor: executor ${med(rows.map((r) => r.floor.executorMs))} neo4j ${med(rows.map((r) => r.floor.neo4jMs))}\n`,
  );
}

await main();
