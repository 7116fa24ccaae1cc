/**
 * Soak benchmark (`npm run bench:soak`, or `npx tsx bench/soak/run.ts`): the app as `npm start`
 * runs it (embedded Neo4j under its supervisor, the bundled corpus), on loopback, then N clients for
 * S seconds over search, node, neighbourhood, corridor zones and Cypher, a /api/health prober, and a
 * resource attack every few seconds. Prints non-2xx by status, p50/p99 per endpoint, health p99, the
 * attacks' answers, Neo4j restarts, and the RSS of the app and the JVM before and after.
 *
 * Two phases: first only heavy queries running to their deadline while health and ready are probed
 * ten times a second (the health budget's own measure), then the mixed traffic.
 *
 * Options: --clients N (50, ≤ 200) --seconds S (60, ≤ 600) --attack-every S (5)
 *          --heavy N (4 heavy queries at once, ≤ 20) --heavy-seconds S (20, ≤ 600)
 * Env: SOAK_PORT / SOAK_BOLT_PORT (default: free ports), SOAK_CORPUS (default data/corpus).
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../../server/config";
import { freePort } from "../../server/neo4j/embedded";
import { rssMiB, type SoakApp, startSoakApp } from "./app";
import { runHeavy } from "./heavy";
import { endpointTable, percentile, statusCounts, table } from "./report";
import { runTraffic, type Targets } from "./traffic";

function bounded(value: string | undefined, fallback: number, max: number, name: string): number {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new Error(`--${name} must be a whole number from 1 to ${max}`);
  return n;
}

async function targets(base: string): Promise<Targets> {
  // Retried: right after the load, a loaded machine may answer the first queries slowly (408).
  const get = async (p: string): Promise<Record<string, unknown>> => {
    let last = "";
    for (let attempt = 0; attempt < 10; attempt++) {
      const res = await fetch(base + p, { signal: AbortSignal.timeout(60_000) });
      if (res.ok) return (await res.json()) as Record<string, unknown>;
      last = `${res.status} ${await res.text()}`;
      await new Promise((r) => setTimeout(r, 2000));
    }
    throw new Error(`GET ${p} kept failing: ${last.slice(0, 200)}`);
  };
  const nodeIds = new Set<string>();
  for (const q of ["内蒙古", "二连", "RCEP", "满洲里", "口岸"]) {
    const hits = (await get(`/api/search?q=${encodeURIComponent(q)}&limit=10`)).hits as { id: string }[];
    for (const h of hits) nodeIds.add(h.id);
  }
  const corridors = (await get("/api/corridors")).corridors as { id: string }[];
  if (nodeIds.size === 0 || corridors.length === 0)
    throw new Error("the graph has no searchable nodes or corridors");
  return { nodeIds: [...nodeIds], corridorIds: corridors.map((c) => c.id) };
}

function snapshot(app: SoakApp) {
  const jvm = app.jvmPid();
  return { appPid: app.child.pid ?? null, appRss: rssMiB(app.child.pid ?? null), jvm, jvmRss: rssMiB(jvm) };
}

async function main() {
  const { values } = parseArgs({
    options: {
      clients: { type: "string" },
      seconds: { type: "string" },
      "attack-every": { type: "string" },
      heavy: { type: "string" },
      "heavy-seconds": { type: "string" },
    },
  });
  const heavyConcurrency = bounded(values.heavy, 4, 20, "heavy");
  const heavySeconds = bounded(values["heavy-seconds"], 20, 600, "heavy-seconds");
  const clients = bounded(values.clients, 50, 200, "clients");
  const seconds = bounded(values.seconds, 60, 600, "seconds");
  const attackEverySeconds = bounded(values["attack-every"], 5, 600, "attack-every");
  const log = (line: string) => process.stderr.write(`[soak] ${line}\n`);
  const port = process.env.SOAK_PORT ? Number(process.env.SOAK_PORT) : await freePort();
  const boltPort = process.env.SOAK_BOLT_PORT ? Number(process.env.SOAK_BOLT_PORT) : await freePort();
  const corpus = process.env.SOAK_CORPUS ?? path.join(PROJECT_ROOT, "data", "corpus");
  log(`starting the app on 127.0.0.1:${port} (Bolt ${boltPort}) and loading ${corpus}…`);
  const app = await startSoakApp({ port, boltPort, corpus });
  try {
    const t = await targets(app.base);
    log(`phase 1: ${heavyConcurrency} heavy queries at once for ${heavySeconds} s, health and ready probed…`);
    const heavy = await runHeavy({ base: app.base, concurrency: heavyConcurrency, seconds: heavySeconds });
    printHeavy(heavy, heavyConcurrency, heavySeconds);
    const before = snapshot(app);
    log(`phase 2: ${clients} clients × ${seconds} s, an attack every ${attackEverySeconds} s…`);
    const { samples, attacks } = await runTraffic({
      base: app.base,
      clients,
      seconds,
      attackEverySeconds,
      targets: t,
      maxRequests: clients * seconds * 200,
    });
    await new Promise((r) => setTimeout(r, 2000));
    const after = snapshot(app);
    print({ clients, seconds, attackEverySeconds, samples, attacks, before, after, app });
  } finally {
    await app.stop();
  }
}

function printHeavy(r: Awaited<ReturnType<typeof runHeavy>>, concurrency: number, seconds: number) {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(`phase 1: ${concurrency} heavy queries at once for ${seconds} s (each runs to its deadline)`);
  out(endpointTable([...r.heavy, ...r.probes]));
  const p99 = (name: string) =>
    percentile(
      r.probes.filter((s) => s.endpoint === name).map((s) => s.ms),
      99,
    ).toFixed(1);
  out(`health p99 during heavy queries: ${p99("health")} ms; ready p99: ${p99("ready")} ms\n`);
}

function print(r: {
  clients: number;
  seconds: number;
  attackEverySeconds: number;
  samples: Awaited<ReturnType<typeof runTraffic>>["samples"];
  attacks: Awaited<ReturnType<typeof runTraffic>>["attacks"];
  before: ReturnType<typeof snapshot>;
  after: ReturnType<typeof snapshot>;
  app: SoakApp;
}) {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  const work = r.samples.filter((s) => s.endpoint !== "health");
  const health = r.samples.filter((s) => s.endpoint === "health");
  out(
    `machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  out(
    `${r.clients} clients × ${r.seconds} s, one attack every ${r.attackEverySeconds} s: ${work.length} requests (${(work.length / r.seconds).toFixed(0)}/s)`,
  );
  out(
    `non-2xx by status (all requests): ${statusCounts(r.samples.filter((s) => s.status < 200 || s.status > 299)) || "none"}\n`,
  );
  out(endpointTable(r.samples));
  out(
    `\nhealth p99 under mixed traffic: ${percentile(
      health.map((s) => s.ms),
      99,
    ).toFixed(1)} ms over ${health.length} probes`,
  );
  out("\nresource attacks (POST /api/cypher):");
  out(table([["query", "n", "statuses", "max ms"], ...attackRows(r.attacks)]));
  const restarts = (r.app.output().match(/Neo4j is up again/g) ?? []).length;
  out(`\nNeo4j restarts: ${restarts} (JVM pid ${r.before.jvm} → ${r.after.jvm})`);
  out(
    `RSS before → after: app ${r.before.appRss} → ${r.after.appRss} MiB, JVM ${r.before.jvmRss} → ${r.after.jvmRss} MiB`,
  );
}

function attackRows(attacks: Awaited<ReturnType<typeof runTraffic>>["attacks"]): string[][] {
  const names = [...new Set(attacks.map((a) => a.endpoint))];
  return names.map((q) => {
    const mine = attacks.filter((a) => a.endpoint === q);
    return [
      q.length > 60 ? `${q.slice(0, 57)}…` : q,
      String(mine.length),
      statusCounts(mine),
      Math.max(...mine.map((a) => a.ms)).toFixed(0),
    ];
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`soak: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
