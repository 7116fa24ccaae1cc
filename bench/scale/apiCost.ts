/**
 * Where the API's time goes beyond the floor (a diagnostic, not in the product path):
 * `npx tsx bench/scale/apiCost.ts --scale 100k [--n 150] [--port 3132] [--id ID --depth 2 --limit 1000]`
 * against the Neo4j of NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD holding the bench graph of that scale.
 * Without --id it runs the four neighbourhoods the bench compares: the supernode and a degree-10 node, at
 * depth 1 (cap 200) and depth 2 (cap 1000).
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
 *   (a 404: HTTP and Express alone).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import express from "express";
import type { QueryResult } from "neo4j-driver";
import { createApp } from "../../server/app";
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
  const hood = GraphService.prototype.neighborhood;
  GraphService.prototype.neighborhood = async function (this: GraphService, id, opts) {
    marks.serviceStart = now();
    try {
      return await hood.call(this, id, opts);
    } finally {
      marks.serviceEnd = now();
    }
  };
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
async function floorSample(svc: GraphService, id: string, opts: NeighborhoodOptions, steps: Steps) {
  Object.assign(reads, { executorMs: [], neo4jMs: 0, rows: 0, kept: 0 });
  const bytes0 = boltBytes(boltPort);
  const t = now();
  const answer = await svc.neighborhood(id, opts);
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

/** One API request, taken apart by the marks on both sides. */
async function apiSample(url: string, steps: Steps): Promise<void> {
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

async function runCase(svc: GraphService, base: string, id: string, opts: NeighborhoodOptions, n: number) {
  const url = `${base}/api/nodes/${encodeURIComponent(id)}/neighborhood?depth=${opts.depth}&limit=${opts.limit}`;
  const steps: Steps = {};
  let facts = { queries: 0, rows: 0, kept: 0, boltBytes: 0, bytes: 0, gzBytes: 0, terseBytes: 0, nodes: 0 };
  // Warm-up: a cold Neo4j may take longer than the query deadline to plan a text the first time.
  for (let tries = 0; tries < 5; tries++)
    if (
      await svc.neighborhood(id, opts).then(
        () => true,
        () => false,
      )
    )
      break;
  for (let i = -8; i < n; i++) {
    const s: Steps = {};
    const floorFirst = i % 2 === 0;
    const f = floorFirst ? await floorSample(svc, id, opts, s) : null;
    await apiSample(url, s);
    const g = f ?? (await floorSample(svc, id, opts, s));
    const sizes = jsonSteps(g.answer, s);
    const forms: [string, unknown][] = [
      ["as sent", g.answer],
      ["terser", terser(g.answer as Answer)],
    ];
    if (i % 2) forms.reverse();
    const formBytes = Object.fromEntries(forms.map(([label, v]) => [label, jsonCost(v, label, s)]));
    const tNode = now();
    await viaNodeHttp(url);
    push(s, "API through node:http, not fetch (+ parse)", now() - tNode);
    const t404 = now();
    await (await fetch(`${base}/api/no-such-route`)).arrayBuffer();
    push(s, "HTTP alone (a 404, no Neo4j)", now() - t404);
    if (i < 0) continue;
    for (const [k, xs] of Object.entries(s)) for (const x of xs) push(steps, k, x);
    const nodes = (g.answer as { graph: { nodes: unknown[] } }).graph.nodes.length;
    const terseBytes = formBytes.terser ?? 0;
    facts = {
      queries: g.queries,
      rows: g.rows,
      kept: g.kept,
      boltBytes: g.boltBytes,
      ...sizes,
      terseBytes,
      nodes,
    };
  }
  return { steps, facts };
}

function print(title: string, r: Awaited<ReturnType<typeof runCase>>, n: number): void {
  const f = r.facts;
  process.stdout.write(
    `\n${title}: ${f.nodes} nodes; ${f.queries} queries, ${f.rows} rows holding ${f.kept} kept relationships, ${(f.boltBytes / 1024).toFixed(1)} KB from Neo4j; ${(f.bytes / 1024).toFixed(1)} KB of JSON (${(f.gzBytes / 1024).toFixed(1)} KB gzipped at level 1, ${(f.terseBytes / 1024).toFixed(1)} KB terser); ${n} iterations, ms:\n`,
  );
  for (const [k, xs] of Object.entries(r.steps))
    process.stdout.write(
      `${k.padEnd(50)} p50 ${percentile(xs, 50).toFixed(2).padStart(7)}  p90 ${percentile(xs, 90).toFixed(2).padStart(7)}  p99 ${percentile(xs, 99).toFixed(2).padStart(7)}\n`,
    );
}

async function main() {
  const scale = arg("--scale") ?? "100k";
  const n = Number(arg("--n") ?? 150);
  const port = Number(arg("--port") ?? 3132);
  const meta = JSON.parse(
    fs.readFileSync(path.join(os.tmpdir(), `zonegraph-bench-${scale}.ndjson.meta.json`), "utf8"),
  ) as { supernode: string };
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
  const id = arg("--id");
  const degree10 = (await findTargets(ex)).degree10[0] ?? meta.supernode;
  const runs: [string, string, NeighborhoodOptions][] = id
    ? [[id, id, { depth: Number(arg("--depth") ?? 2), limit: Number(arg("--limit") ?? 1000) }]]
    : [
        ["supernode depth 1 (cap 200)", meta.supernode, { depth: 1, limit: 200 }],
        ["degree-10 depth 1 (cap 200)", degree10, { depth: 1, limit: 200 }],
        ["supernode depth 2 (cap 1000)", meta.supernode, { depth: 2, limit: 1000 }],
        ["degree-10 depth 2 (cap 1000)", degree10, { depth: 2, limit: 1000 }],
      ];
  try {
    for (const [title, node, opts] of runs)
      print(`${title} ${node}`, await runCase(svc, `http://127.0.0.1:${port}`, node, opts, n), n);
  } finally {
    server.close();
    await ex.close();
  }
}

await main();
