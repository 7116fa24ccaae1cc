/**
 * Where the API's time goes beyond the floor (a diagnostic, not in the product path):
 * `npx tsx bench/scale/apiCost.ts --scale 100k [--n 150] [--port 3132] [--id ID --depth 2 --limit 1000]`
 * against the Neo4j of NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD holding the bench graph of that scale.
 * Without --id it runs the four neighbourhoods the bench compares: the supernode and a degree-10 node, at
 * depth 1 (cap 200) and depth 2 (cap 1000), and the 4-character search (the bench's prefixes).
 *
 * Each iteration, interleaved, times the floor (the service call in-process) and one API request, and takes
 * both apart:
 * - the floor: Neo4j's own time (resultAvailableAfter + resultConsumedAfter), the rest of the Executor's time
 *   (round trip, transfer, decoding), the service's own JavaScript; the queries, rows and bytes read from
 *   Neo4j's socket per call;
 * - the API request, by marks on both sides of the loopback: the client's send and the server's parsing up
 *   to the request event, Express (middleware, routing, zod) up to the service call, the service call, the
 *   hop back to the route, `res.json` (stringify, body, ETag, write), then to the client's headers, the body
 *   read and the client's JSON.parse;
 * - each step `res.json` does on that very answer, apart (stringify, UTF-8 body, ETag), what compression
 *   would cost (gzip level 1 and gunzip; the app does not compress), and a request that reaches no service
 *   (a 404: HTTP and Express alone);
 * - the layers under the app, each answering the same answer without Neo4j: a bare `node:http` server
 *   sending its JSON text (Node's HTTP and the client alone) and a bare Express app with one `res.json`
 *   route (Express's own cost), and the same API request through an app with request logging on, as
 *   `npm start` runs it (pino-http, level info, lines discarded);
 * - Node's GC time and the largest event-loop delay during each API request, and how often the slowest
 *   API requests (the top 5%) overlapped a GC.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import { Writable } from "node:stream";
import zlib from "node:zlib";
import express from "express";
import type { QueryResult } from "neo4j-driver";
import { createApp } from "../../server/app";
import { createLogger } from "../../server/log";
import { createDriver, Executor, type Query } from "../../server/neo4j/executor";
import { GraphRepository } from "../../server/repositories/graph";
import { GraphService, type NeighborhoodOptions } from "../../server/services/graph";
import { BENCH_SETTINGS, benchConnectionFromEnv, findTargets, percentile } from "./queries";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const now = () => performance.now();
let boltPort = 7687;

function time(run: () => unknown): number {
  const t = now();
  run();
  return now() - t;
}

/** Marks of the request in flight (one at a time): server side, service and res.json. */
const marks = { arrive: 0, serviceStart: 0, serviceEnd: 0, jsonStart: 0, jsonEnd: 0 };

/**
 * Reads the Executor runs: Neo4j's own time, the Executor's time of each, and the rows and kept
 * relationships (a neighbourhood row carries its kept relationships as one list) they returned.
 */
const reads = { executorMs: [] as number[], neo4jMs: 0, rows: 0, kept: 0 };
const sockets = new Set<net.Socket>();

/** Records every socket opened (the driver's Bolt connections among them), to read their bytesRead. */
function watchSockets(): void {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...a: unknown[]) {
    sockets.add(this);
    return (connect as (...x: unknown[]) => net.Socket).apply(this, a);
  } as typeof connect;
}
/** Bytes read so far from the sockets connected to Neo4j's Bolt port. */
const boltBytes = (port: number) =>
  [...sockets].filter((x) => x.remotePort === port).reduce((s, x) => s + x.bytesRead, 0);

/** Instruments the service, res.json and the Executor (the same calls, timed). */
function instrument(ex: Executor): void {
  for (const name of ["neighborhood", "search"] as const) {
    const call = GraphService.prototype[name] as (...a: unknown[]) => Promise<unknown>;
    (GraphService.prototype as unknown as Record<string, unknown>)[name] = async function (
      this: GraphService,
      ...a: unknown[]
    ) {
      marks.serviceStart = now();
      try {
        return await call.apply(this, a);
      } finally {
        marks.serviceEnd = now();
      }
    };
  }
  const json = express.response.json;
  express.response.json = function (this: express.Response, body: unknown) {
    marks.jsonStart = now();
    const out = json.call(this, body);
    marks.jsonEnd = now();
    return out;
  };
  const once = ex.executeReadOnce.bind(ex);
  ex.executeReadOnce = async (q: Query, o?: { timeoutMs?: number }): Promise<QueryResult> => {
    const t = now();
    const r = await once(q, o);
    reads.executorMs.push(now() - t);
    reads.neo4jMs += Number(r.summary.resultAvailableAfter ?? 0) + Number(r.summary.resultConsumedAfter ?? 0);
    reads.rows += r.records.length;
    for (const rec of r.records) if (rec.has("kept")) reads.kept += (rec.get("kept") as unknown[]).length;
    return r;
  };
}

type Steps = Record<string, number[]>;
const push = (steps: Steps, k: string, v: number) => {
  steps[k] ??= [];
  steps[k].push(v);
};

/** The floor, taken apart: Neo4j, the rest of the Executor, the service's own JavaScript; rows and bytes. */
async function floorSample(floor: () => Promise<unknown>, steps: Steps) {
  Object.assign(reads, { executorMs: [], neo4jMs: 0, rows: 0, kept: 0 });
  const bytes0 = boltBytes(boltPort);
  const t = now();
  const answer = await floor();
  const ms = now() - t;
  const executorMs = reads.executorMs.reduce((a, b) => a + b, 0);
  push(steps, "floor: service call", ms);
  push(steps, "  Neo4j's own time", reads.neo4jMs);
  push(steps, "  Executor beyond Neo4j (trip, transfer, decode)", executorMs - reads.neo4jMs);
  reads.executorMs.forEach((x, i) => {
    push(steps, `    Executor, query ${i + 1}`, x);
  });
  push(steps, "  service JavaScript (assembly)", ms - executorMs);
  const facts = { queries: reads.executorMs.length, rows: reads.rows, kept: reads.kept };
  return { answer, ...facts, boltBytes: boltBytes(boltPort) - bytes0 };
}

/** Node's GC pauses, as spans of performance.now() time. */
const gcSpans: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcSpans.push({ start: e.startTime, end: e.startTime + e.duration });
  if (gcSpans.length > 10_000) gcSpans.splice(0, 5_000);
}).observe({ entryTypes: ["gc"] });
/** GC time that overlaps [from, to]. */
const gcWithin = (from: number, to: number) =>
  gcSpans.reduce((s, g) => s + Math.max(0, Math.min(to, g.end) - Math.max(from, g.start)), 0);
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
/** The last API request's span; GC entries arrive later, so their overlap is computed at the case's end. */
const apiWindow = [0, 0];
loopDelay.enable();

/** One API request, taken apart by the marks on both sides, with the GC and event-loop delay during it. */
async function apiSample(url: string, steps: Steps): Promise<void> {
  loopDelay.reset();
  const t0 = now();
  const res = await fetch(url);
  const headers = now();
  const text = await res.text();
  const read = now();
  JSON.parse(text);
  const parsed = now();
  push(steps, "API: request (fetch + parse)", parsed - t0);
  push(steps, "  client send → server request event", marks.arrive - t0);
  push(steps, "  Express + zod → service", marks.serviceStart - marks.arrive);
  push(steps, "  service call (the floor's work)", marks.serviceEnd - marks.serviceStart);
  push(steps, "  service → res.json", marks.jsonStart - marks.serviceEnd);
  push(steps, "  res.json (stringify, body, ETag, write)", marks.jsonEnd - marks.jsonStart);
  push(steps, "  → client has the headers", headers - marks.jsonEnd);
  push(steps, "  client body read", read - headers);
  push(steps, "  client JSON.parse", parsed - read);
  apiWindow.splice(0, 2, t0, parsed);
  push(steps, "  largest event-loop delay during it", loopDelay.count > 0 ? loopDelay.max / 1e6 : 0);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** The same request through node:http (keep-alive) instead of fetch: how much of the API's time is the client's. */
function viaNodeHttp(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString("utf8"))));
      })
      .on("error", reject);
  });
}

interface Answer {
  graph: {
    nodes: { key: string; attributes: Record<string, unknown> }[];
    edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
  };
}

/**
 * The same answer as a terser JSON would carry it (a contract change, measured, not made): no `label`
 * (equal to `name`), no `nameEn: null` or empty `aliases`, no edge key that follows the loader's
 * convention (`TYPE:source->target`, rebuildable from the edge).
 */
function terser(answer: Answer): unknown {
  const nodes = answer.graph.nodes.map(({ key, attributes: { label: _label, ...a } }) => ({
    key,
    attributes: Object.fromEntries(
      Object.entries(a).filter(
        ([k, v]) => !(k === "nameEn" && v === null) && !(k === "aliases" && !(v as []).length),
      ),
    ),
  }));
  const edges = answer.graph.edges.map((e) =>
    e.key === `${e.attributes.type}:${e.source}->${e.target}` ? { ...e, key: undefined } : e,
  );
  return { ...answer, graph: { ...answer.graph, nodes, edges } };
}

/** Stringify, UTF-8 body and ETag, and the client's parse, of one form of the answer: what its size costs. */
function jsonCost(value: unknown, label: string, steps: Steps): number {
  let text = "";
  const write = time(() => {
    text = JSON.stringify(value);
    crypto.createHash("sha1").update(Buffer.from(text, "utf8")).digest("base64");
  });
  push(steps, `${label}: stringify + body + ETag`, write);
  push(
    steps,
    `${label}: JSON.parse`,
    time(() => JSON.parse(text)),
  );
  return Buffer.byteLength(text);
}

/** What res.json does, step by step on the same answer, and compression (not done) for comparison. */
function jsonSteps(answer: unknown, steps: Steps): { bytes: number; gzBytes: number } {
  let text = "";
  push(
    steps,
    "stringify",
    time(() => {
      text = JSON.stringify(answer);
    }),
  );
  let buf = Buffer.alloc(0);
  push(
    steps,
    "utf-8 body",
    time(() => {
      buf = Buffer.from(text, "utf8");
    }),
  );
  push(
    steps,
    "etag (SHA-1)",
    time(() => crypto.createHash("sha1").update(buf).digest("base64")),
  );
  let gz = Buffer.alloc(0);
  push(
    steps,
    "gzip level 1 (not done: measured)",
    time(() => {
      gz = zlib.gzipSync(buf, { level: 1 });
    }),
  );
  push(
    steps,
    "gunzip",
    time(() => zlib.gunzipSync(gz)),
  );
  return { bytes: buf.length, gzBytes: gz.length };
}

/** A case: the request's path and query, and the in-process service call that answers it (the floor). */
interface Target {
  title: string;
  path: (i: number) => string;
  floor: (i: number) => Promise<unknown>;
}

/** The servers under the app, answering `layers.answer` (the last floor answer) without Neo4j. */
const layers = { answer: null as unknown, text: "" };

/** A bare node:http server sending the answer's JSON text, and a bare Express app with one res.json route. */
function layerServers() {
  const bare = http.createServer((_req, res) => {
    res.setHeader("content-type", "application/json; charset=utf-8");
    res.end(layers.text);
  });
  const plain = express();
  plain.get("/answer", (_req, res) => {
    res.json(layers.answer);
  });
  return { bare, plain: http.createServer(plain) };
}

async function runCase(target: Target, base: string, logged: string, under: string[], n: number) {
  const steps: Steps = {};
  let facts = { queries: 0, rows: 0, kept: 0, boltBytes: 0, bytes: 0, gzBytes: 0, terseBytes: 0, nodes: 0 };
  // Warm-up: a cold Neo4j may take longer than the query deadline to plan a text the first time.
  for (let tries = 0; tries < 5; tries++)
    if (
      await target.floor(0).then(
        () => true,
        () => false,
      )
    )
      break;
  const windows: number[][] = [];
  for (let i = -8; i < n; i++) {
    const k = Math.max(0, i);
    const url = `${base}${target.path(k)}`;
    const s: Steps = {};
    const floorFirst = i % 2 === 0;
    const f = floorFirst ? await floorSample(() => target.floor(k), s) : null;
    await apiSample(url, s);
    const g = f ?? (await floorSample(() => target.floor(k), s));
    const sizes = jsonSteps(g.answer, s);
    const isGraph = Boolean((g.answer as Partial<Answer>).graph);
    const forms: [string, unknown][] = [
      ["as sent", g.answer],
      ...(isGraph ? ([["terser", terser(g.answer as Answer)]] as [string, unknown][]) : []),
    ];
    if (i % 2) forms.reverse();
    const formBytes = Object.fromEntries(forms.map(([label, v]) => [label, jsonCost(v, label, s)]));
    const tNode = now();
    await viaNodeHttp(url);
    push(s, "API through node:http, not fetch (+ parse)", now() - tNode);
    const tLogged = now();
    await (await fetch(`${logged}${target.path(k)}`)).json();
    push(s, "API with request logging (pino-http, as npm start)", now() - tLogged);
    Object.assign(layers, { answer: g.answer, text: JSON.stringify(g.answer) });
    const [bareUrl, plainUrl] = under;
    const tBare = now();
    await (await fetch(`${bareUrl}/answer`)).json();
    push(s, "bare node:http, same JSON text (+ fetch, parse)", now() - tBare);
    const tPlain = now();
    await (await fetch(`${plainUrl}/answer`)).json();
    push(s, "bare Express, same answer by res.json (+ fetch, parse)", now() - tPlain);
    const t404 = now();
    await (await fetch(`${base}/api/no-such-route`)).arrayBuffer();
    push(s, "HTTP alone (a 404, no Neo4j)", now() - t404);
    if (i < 0) continue;
    windows.push([...apiWindow]);
    for (const [key, xs] of Object.entries(s)) for (const x of xs) push(steps, key, x);
    const a = g.answer as unknown[] | { graph?: { nodes: unknown[] } };
    facts = {
      queries: g.queries,
      rows: g.rows,
      kept: g.kept,
      boltBytes: g.boltBytes,
      ...sizes,
      terseBytes: formBytes.terser ?? 0,
      nodes: Array.isArray(a) ? a.length : (a.graph?.nodes.length ?? 0),
    };
  }
  await new Promise((r) => setTimeout(r, 200));
  for (const [from = 0, to = 0] of windows) push(steps, "  Node GC during the request", gcWithin(from, to));
  return { steps, facts };
}

/** How often the slowest API requests (the top 5%) overlapped a Node GC, and by how much. */
function tailLine(steps: Steps): string {
  const api = steps["API: request (fetch + parse)"] ?? [];
  const gc = steps["  Node GC during the request"] ?? [];
  const loop = steps["  largest event-loop delay during it"] ?? [];
  const order = api.map((_, i) => i).sort((x, y) => (api[y] ?? 0) - (api[x] ?? 0));
  const top = order.slice(0, Math.max(1, Math.ceil(api.length / 20)));
  const withGc = top.filter((i) => (gc[i] ?? 0) > 0);
  const gcMs = withGc.reduce((sum, i) => sum + (gc[i] ?? 0), 0) / Math.max(1, withGc.length);
  const loopMs = top.reduce((sum, i) => sum + (loop[i] ?? 0), 0) / top.length;
  const all = api.filter((_, i) => (gc[i] ?? 0) > 0).length;
  return `slowest ${top.length} API requests: ${withGc.length} overlapped a Node GC (${gcMs.toFixed(2)} ms of GC on average in those), largest event-loop delay ${loopMs.toFixed(2)} ms on average; all requests: ${all} of ${api.length} overlapped a GC\n`;
}

function print(title: string, r: Awaited<ReturnType<typeof runCase>>, n: number): void {
  const f = r.facts;
  process.stdout.write(
    `\n${title}: ${f.nodes} nodes; ${f.queries} queries, ${f.rows} rows holding ${f.kept} kept relationships, ${(f.boltBytes / 1024).toFixed(1)} KB from Neo4j; ${(f.bytes / 1024).toFixed(1)} KB of JSON (${(f.gzBytes / 1024).toFixed(1)} KB gzipped at level 1, ${(f.terseBytes / 1024).toFixed(1)} KB terser); ${n} iterations, ms:\n`,
  );
  for (const [k, xs] of Object.entries(r.steps))
    process.stdout.write(
      `${k.padEnd(54)} p50 ${percentile(xs, 50).toFixed(2).padStart(7)}  p90 ${percentile(xs, 90).toFixed(2).padStart(7)}  p99 ${percentile(xs, 99).toFixed(2).padStart(7)}\n`,
    );
}

/** Listens on a free loopback port and returns the base URL. */
async function listen(server: http.Server): Promise<string> {
  server.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  return `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
}

/** The neighbourhoods the bench compares and its 4-character search, or the one neighbourhood of --id. */
function targets(svc: GraphService, meta: { supernode: string; sample: string[] }, degree10: string) {
  const hood = (title: string, node: string, opts: NeighborhoodOptions): Target => ({
    title: `${title} ${node}`,
    path: () => `/api/nodes/${encodeURIComponent(node)}/neighborhood?depth=${opts.depth}&limit=${opts.limit}`,
    floor: () => svc.neighborhood(node, opts),
  });
  const id = arg("--id");
  if (id)
    return [hood(id, id, { depth: Number(arg("--depth") ?? 2), limit: Number(arg("--limit") ?? 1000) })];
  const prefix = (i: number) => meta.sample[i % meta.sample.length]?.split(":")[1]?.slice(0, 4) ?? "";
  return [
    hood("supernode depth 1 (cap 200)", meta.supernode, { depth: 1, limit: 200 }),
    hood("degree-10 depth 1 (cap 200)", degree10, { depth: 1, limit: 200 }),
    {
      title: "search 4-char prefix (the bench's prefixes, in turn)",
      path: (i: number) => `/api/search?q=${encodeURIComponent(prefix(i))}&limit=20`,
      floor: (i: number) => svc.search(prefix(i), undefined, 20),
    },
    hood("supernode depth 2 (cap 1000)", meta.supernode, { depth: 2, limit: 1000 }),
    hood("degree-10 depth 2 (cap 1000)", degree10, { depth: 2, limit: 1000 }),
  ];
}

async function main() {
  const scale = arg("--scale") ?? "100k";
  const n = Number(arg("--n") ?? 150);
  const port = Number(arg("--port") ?? 3132);
  const meta = JSON.parse(
    fs.readFileSync(path.join(os.tmpdir(), `zonegraph-bench-${scale}.ndjson.meta.json`), "utf8"),
  ) as { supernode: string; sample: string[] };
  const conn = benchConnectionFromEnv();
  boltPort = Number(new URL(conn.uri).port || 7687);
  watchSockets();
  const ex = new Executor(createDriver(conn, { acquisitionTimeoutMs: 10_000 }), "neo4j");
  instrument(ex);
  const svc = new GraphService(new GraphRepository(ex));
  const app = createApp({ executor: ex, settings: BENCH_SETTINGS });
  const server = http.createServer((req, res) => {
    marks.arrive = now();
    app(req, res);
  });
  server.listen(port, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  // As `npm start` runs it (LOG_LEVEL info), its lines discarded: what request logging costs.
  const discard = new Writable({ write: (_c, _e, done) => done() });
  const logger = createLogger({ level: "info", terminal: { write: (x: string) => discard.write(x) } });
  const loggedServer = http.createServer(createApp({ executor: ex, settings: BENCH_SETTINGS, logger }));
  const { bare, plain } = layerServers();
  const [logged, ...under] = await Promise.all([listen(loggedServer), listen(bare), listen(plain)]);
  const degree10 = (await findTargets(ex)).degree10[0] ?? meta.supernode;
  try {
    for (const t of targets(svc, meta, degree10)) {
      const r = await runCase(t, `http://127.0.0.1:${port}`, logged as string, under, n);
      print(t.title, r, n);
      process.stdout.write(tailLine(r.steps));
    }
  } finally {
    for (const s of [server, loggedServer, bare, plain]) s.close();
    await ex.close();
  }
}

await main();
