/**
 * Database hits of the query cases (a diagnostic, machine-independent): `npx tsx bench/scale/profile.ts
 * --scale 100k [--n 50] [--only NAME]` against the Neo4j of NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD
 * holding the bench graph of that scale. Every read of a case's service call (the bench's own cases and
 * requests) runs under PROFILE; the db hits of all its queries are summed per request, and the case prints
 * p50 / p99 / max of those sums, with the queries and rows per request. The supernode and the random
 * sample come from the generated file's .meta.json in the temporary folder, as for stalls.ts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { QueryResult } from "neo4j-driver";
import { createDriver, Executor, type Query } from "../../server/neo4j/executor";
import { CorridorRepository } from "../../server/repositories/corridors";
import { GraphRepository } from "../../server/repositories/graph";
import { CorridorService } from "../../server/services/corridors";
import { GraphService } from "../../server/services/graph";
import { cases, findTargets, percentile } from "./queries";

interface Plan {
  dbHits?: number;
  children?: Plan[];
}

/** Db hits of a profiled plan, summed over its operators. */
export function dbHitsOf(plan: Plan | false | null | undefined): number {
  if (!plan) return 0;
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce((s, c) => s + dbHitsOf(c), 0);
}

/** `PROFILE` after the query's pre-parser options (`CYPHER …` on its first line), if any. */
export function profiled(cypher: string): string {
  const m = /^CYPHER [^\n]*\n/.exec(cypher);
  return m ? `${m[0]}PROFILE ${cypher.slice(m[0].length)}` : `PROFILE ${cypher}`;
}

/** An Executor that profiles every read and keeps the db hits of each. */
class ProfilingExecutor extends Executor {
  hits: number[] = [];
  rows = 0;
  private keep(r: QueryResult): QueryResult {
    this.hits.push(dbHitsOf(r.summary.profile as Plan | false));
    this.rows += r.records.length;
    return r;
  }
  override async executeRead(q: Query, o: { timeoutMs?: number } = {}): Promise<QueryResult> {
    return this.keep(await super.executeRead({ ...q, cypher: profiled(q.cypher) }, o));
  }
  override async executeReadOnce(q: Query, o: { timeoutMs?: number } = {}): Promise<QueryResult> {
    return this.keep(await super.executeReadOnce({ ...q, cypher: profiled(q.cypher) }, o));
  }
  override async executeReadWithin(q: Query, timeoutMs: number): Promise<QueryResult> {
    return this.keep(await super.executeReadWithin({ ...q, cypher: profiled(q.cypher) }, timeoutMs));
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error("Set NEO4J_URI (and NEO4J_PASSWORD) to a Neo4j holding a bench graph.");
  const driver = createDriver({
    uri,
    user: process.env.NEO4J_USER ?? "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "",
    database: "neo4j",
  });
  const plain = new Executor(driver, "neo4j");
  const ex = new ProfilingExecutor(driver, "neo4j");
  const scale = arg("scale") ?? "100k";
  const meta = JSON.parse(
    fs.readFileSync(path.join(os.tmpdir(), `zonegraph-bench-${scale}.ndjson.meta.json`), "utf8"),
  ) as { supernode: string; sample: string[] };
  const found = await findTargets(plain);
  const repo = new GraphRepository(ex);
  const svc = new GraphService(repo);
  const corridors = new CorridorService(new CorridorRepository(ex), repo);
  const n = Number(arg("n") ?? 50);
  const only = arg("only");
  try {
    for (const c of cases(svc, corridors, { ...found, supernode: meta.supernode, sample: meta.sample })) {
      if (only && !c.name.includes(only)) continue;
      const sums: number[] = [];
      let queries = 0;
      ex.rows = 0;
      for (let i = 0; i < n; i++) {
        ex.hits = [];
        await c.request(i).floor();
        sums.push(ex.hits.reduce((a, b) => a + b, 0));
        queries += ex.hits.length;
      }
      console.log(
        `${c.name}: db hits p50 ${percentile(sums, 50)} p99 ${percentile(sums, 99)} max ${Math.max(...sums)}; ${(queries / n).toFixed(1)} queries and ${(ex.rows / n).toFixed(1)} rows per request (n=${n})`,
      );
    }
  } finally {
    await driver.close();
  }
}

if (process.argv[1]?.endsWith("profile.ts")) await main();
