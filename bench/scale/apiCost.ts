/**
 * Where the API's time goes beyond the floor for one request (a diagnostic, not in the product path):
 * `npx tsx bench/scale/apiCost.ts --scale 100k [--n 200] [--port 3132] [--depth 2] [--limit 1000] [--id ID]`
 * against the Neo4j of NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD holding the bench graph of that scale
 * (default: the supernode's depth-2 neighbourhood). Each iteration, interleaved, times: the floor (the
 * service call in-process), each step the API adds to it, taken apart on that very answer — JSON.stringify,
 * the UTF-8 body and its ETag as Express makes them, the client's JSON.parse — and the whole API request
 * (fetch + parse), and what compression would cost (gzip level 1 and gunzip; the app does not compress).
 * What is left of the API's time after the floor and those steps is HTTP and Express; a request that
 * reaches no service (a 404) times that part alone.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { createApp } from "../../server/app";
import { createDriver, Executor } from "../../server/neo4j/executor";
import { GraphRepository } from "../../server/repositories/graph";
import { GraphService } from "../../server/services/graph";
import { BENCH_SETTINGS, benchConnectionFromEnv, percentile } from "./queries";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function time(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

async function main() {
  const scale = arg("--scale") ?? "100k";
  const n = Number(arg("--n") ?? 200);
  const port = Number(arg("--port") ?? 3132);
  const depth = Number(arg("--depth") ?? 2);
  const limit = Number(arg("--limit") ?? 1000);
  const meta = JSON.parse(
    fs.readFileSync(path.join(os.tmpdir(), `zonegraph-bench-${scale}.ndjson.meta.json`), "utf8"),
  ) as { supernode: string };
  const id = arg("--id") ?? meta.supernode;
  const conn = benchConnectionFromEnv();
  const ex = new Executor(createDriver(conn, { acquisitionTimeoutMs: 10_000 }), "neo4j");
  const svc = new GraphService(new GraphRepository(ex));
  const server = createApp({ executor: ex, settings: BENCH_SETTINGS }).listen(port, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const url = `http://127.0.0.1:${port}/api/nodes/${encodeURIComponent(id)}/neighborhood?depth=${depth}&limit=${limit}`;
  const steps: Record<string, number[]> = {
    floor: [],
    stringify: [],
    "utf-8 body": [],
    etag: [],
    "client JSON.parse": [],
    "API (fetch + parse)": [],
    "API (fetch, body not parsed)": [],
    "gzip level 1 (not done: measured)": [],
    gunzip: [],
    "HTTP alone (a 404, no Neo4j)": [],
  };
  let gzBytes = 0;
  let bytes = 0;
  let headers = "";
  try {
    // Warm-up: a cold Neo4j may take longer than the query deadline to plan a text the first time.
    for (let tries = 0; tries < 5; tries++)
      if (
        await svc.neighborhood(id, { depth, limit }).then(
          () => true,
          () => false,
        )
      )
        break;
    for (let i = -8; i < n; i++) {
      let answer: unknown;
      const floor = await timeAsync(async () => {
        answer = await svc.neighborhood(id, { depth, limit });
      });
      let text = "";
      const stringify = time(() => {
        text = JSON.stringify(answer);
      });
      let buf = Buffer.alloc(0);
      const body = time(() => {
        buf = Buffer.from(text, "utf8");
      });
      const etag = time(() => crypto.createHash("sha1").update(buf).digest("base64"));
      const parse = time(() => JSON.parse(text));
      const api = await timeAsync(async () => {
        const res = await fetch(url);
        await res.json();
      });
      const apiRaw = await timeAsync(async () => {
        const res = await fetch(url);
        headers = [...res.headers].map(([k, v]) => `${k}: ${v.slice(0, 40)}`).join("; ");
        await res.arrayBuffer();
      });
      let gz = Buffer.alloc(0);
      const gzip = time(() => {
        gz = zlib.gzipSync(buf, { level: 1 });
      });
      const gunzip = time(() => zlib.gunzipSync(gz));
      const http = await timeAsync(async () => {
        const res = await fetch(`http://127.0.0.1:${port}/api/no-such-route`);
        await res.arrayBuffer();
      });
      if (i < 0) continue;
      bytes = buf.length;
      gzBytes = gz.length;
      for (const [k, v] of Object.entries({
        floor,
        stringify,
        "utf-8 body": body,
        etag,
        "client JSON.parse": parse,
        "API (fetch + parse)": api,
        "API (fetch, body not parsed)": apiRaw,
        "gzip level 1 (not done: measured)": gzip,
        gunzip,
        "HTTP alone (a 404, no Neo4j)": http,
      }))
        steps[k]?.push(v);
    }
  } finally {
    server.close();
    await ex.close();
  }
  process.stdout.write(
    `${id} depth ${depth} limit ${limit}: ${bytes} bytes of JSON (${gzBytes} gzipped at level 1), ${n} iterations\n`,
  );
  process.stdout.write(`response headers: ${headers}\n`);
  for (const [k, xs] of Object.entries(steps))
    process.stdout.write(
      `${k.padEnd(30)} p50 ${percentile(xs, 50).toFixed(2)}  p90 ${percentile(xs, 90).toFixed(2)}  p99 ${percentile(xs, 99).toFixed(2)} ms\n`,
    );
}

await main();
