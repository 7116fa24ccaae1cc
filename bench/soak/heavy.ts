/**
 * The soak's first phase: only heavy analysts' queries, each running to its deadline, while
 * /api/health and /api/ready are probed ten times a second. This is the situation the health
 * budget is for (issue 10: health p99 under 200 ms while heavy queries run), measured apart from
 * the saturating mixed traffic of the second phase, where every request queues for the same CPUs.
 */
import { type Sample, timed } from "./traffic";

/** Reads that pass the guard and run until the deadline cuts them (cartesian counts, long unwinds). */
export const HEAVY = [
  // Not a bare count(*) of a cartesian product: Neo4j answers that from its count store at once.
  "MATCH (a:Entity), (b:Entity), (c:Entity) WHERE a.degree + b.degree + c.degree < 0 RETURN count(*) AS n",
  "UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 0 RETURN count(i) AS n",
  "MATCH (a:Entity), (b:Entity), (c:Entity) WHERE a.name < b.name AND b.name < c.name RETURN count(*) AS n",
];

export interface HeavyOptions {
  base: string;
  /** Heavy queries kept running at the same time. */
  concurrency: number;
  seconds: number;
}

export async function runHeavy(o: HeavyOptions): Promise<{ probes: Sample[]; heavy: Sample[] }> {
  const deadline = Date.now() + o.seconds * 1000;
  const probes: Sample[] = [];
  const heavy: Sample[] = [];
  const runner = async (c: number) => {
    for (let i = c; Date.now() < deadline; i += 1) {
      const query = HEAVY[i % HEAVY.length] as string;
      const init = {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      };
      heavy.push(await timed(o.base, "heavy cypher", "/api/cypher", init));
    }
  };
  const prober = async () => {
    // Let the heavy queries start before the first probe.
    await new Promise((r) => setTimeout(r, 500));
    for (let i = 0; Date.now() < deadline; i++) {
      const p = i % 2 === 0 ? "/api/health" : "/api/ready";
      probes.push(await timed(o.base, p === "/api/health" ? "health" : "ready", p));
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  await Promise.all([...Array.from({ length: o.concurrency }, (_, c) => runner(c)), prober()]);
  return { probes, heavy };
}
