/** Depth-2 neighbourhood of the most connected node, through the HTTP stack (supertest on createApp). */
import request from "supertest";
import { Subgraph } from "../../contracts/api";
import { createApp } from "../../server/app";
import type { Executor } from "../../server/neo4j/executor";
import type { Bench } from "../run";

const settings = {
  database: "neo4j",
  cypherTimeoutMs: 5000,
  cypherRowLimit: 1000,
  cypherRateLimitPerMinute: 1000,
  bodyLimit: "100kb",
};

async function mostConnected(executor: Executor): Promise<string> {
  const r = await executor.executeRead({
    cypher: "MATCH (n:Entity) RETURN n.id AS id ORDER BY n.degree DESC LIMIT 1",
  });
  return String(r.records[0]?.get("id"));
}

function neighborhoodBench(name: string, query: string, target?: number): Bench {
  return {
    name,
    async run(executor) {
      // One listening server for all requests (supertest on a bare app would start one per request).
      const app = createApp({ executor, settings }).listen(0, "127.0.0.1");
      await new Promise((resolve) => app.once("listening", resolve));
      const id = await mostConnected(executor);
      const url = `/api/nodes/${encodeURIComponent(id)}/neighborhood?${query}`;
      for (let i = 0; i < 5; i++) await request(app).get(url).expect(200); // warm-up
      const samples: number[] = [];
      let last: Subgraph | null = null;
      for (let i = 0; i < 40; i++) {
        const t = performance.now();
        const res = await request(app).get(url).expect(200);
        samples.push(performance.now() - t);
        last = Subgraph.parse(res.body);
      }
      await new Promise((resolve) => app.close(resolve));
      return {
        samples,
        ...(target ? { targetP95Ms: target } : {}),
        note: `${id} nodes=${last?.graph.nodes.length} edges=${last?.graph.edges.length} truncated=${last?.truncated}`,
      };
    },
  };
}

export const benches: Bench[] = [
  neighborhoodBench("neighbourhood depth 2 (limit 150)", "depth=2", 100),
  neighborhoodBench("neighbourhood depth 2 (limit 40)", "depth=2&limit=40", 100),
  neighborhoodBench("neighbourhood depth 3", "depth=3", 250),
];
