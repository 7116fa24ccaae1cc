/**
 * The soak's load: N clients, each sending one request after another (search, node,
 * neighbourhood, corridor zones, Cypher) until the deadline; a prober that reads /api/health four
 * times a second; and a resource attack every few seconds. Every answer is recorded.
 */

export interface Sample {
  endpoint: string;
  status: number;
  ms: number;
}

export interface Targets {
  nodeIds: string[];
  corridorIds: string[];
}

const SEARCHES = [
  "二连",
  "内蒙古",
  "RCEP",
  "erlian",
  "满洲里",
  "中欧班列",
  "Inner Mongolia",
  "口岸",
  "跨境电商",
];
const READS = [
  "MATCH (z:FreeTradeZone) RETURN z.name AS name ORDER BY name LIMIT 25",
  "MATCH (a:Area)-[:PART_OF]->(z:FreeTradeZone) RETURN z.name, count(a) AS areas ORDER BY areas DESC LIMIT 10",
  "MATCH (e:Entity)-[r]->(c:Corridor) RETURN c.name, type(r), count(*) AS n ORDER BY n DESC LIMIT 10",
  "MATCH (d:Document) RETURN d.title, d.date ORDER BY d.date",
];

/** Resource attacks from issue 10 (memory blow-ups, huge results, cartesian products). */
export const ATTACKS = [
  "RETURN reduce(s = 'x', i IN range(1, 40) | s + s) AS s",
  "RETURN size([i IN range(1, 50000000) | toString(i)]) AS n",
  "RETURN size(collect(range(1, 100000000))) AS n",
  "RETURN size([i IN range(1, 10000) | [j IN range(1, 10000) | i * j]]) AS n",
  "MATCH p = ()-[*]->() RETURN p",
  "MATCH (a), (b), (c), (d) RETURN count(*) AS n",
  "UNWIND range(1, 100000000) AS i WITH i ORDER BY i DESC RETURN collect(i) AS all",
];

const pick = <T>(list: T[], i: number): T => list[i % list.length] as T;
const enc = encodeURIComponent;

function request(i: number, t: Targets): { endpoint: string; path: string; init?: RequestInit } {
  const node = pick(t.nodeIds, i * 7 + 3);
  switch (i % 5) {
    case 0:
      return { endpoint: "search", path: `/api/search?q=${enc(pick(SEARCHES, i))}&limit=10` };
    case 1:
      return { endpoint: "node", path: `/api/nodes/${enc(node)}` };
    case 2:
      return {
        endpoint: "neighbourhood",
        path: `/api/nodes/${enc(node)}/neighborhood?depth=${1 + (i % 2)}&limit=150`,
      };
    case 3:
      return { endpoint: "corridor zones", path: `/api/corridors/${enc(pick(t.corridorIds, i))}/zones` };
    default:
      return { endpoint: "cypher", path: "/api/cypher", init: cypherInit(pick(READS, i)) };
  }
}

function cypherInit(query: string): RequestInit {
  return { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) };
}

export async function timed(
  base: string,
  endpoint: string,
  path: string,
  init?: RequestInit,
): Promise<Sample> {
  const start = performance.now();
  try {
    const res = await fetch(base + path, { ...init, signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
    return { endpoint, status: res.status, ms: performance.now() - start };
  } catch {
    return { endpoint, status: 0, ms: performance.now() - start };
  }
}

export interface TrafficOptions {
  base: string;
  clients: number;
  seconds: number;
  attackEverySeconds: number;
  targets: Targets;
  /** Hard bound on the number of requests, whatever the speed. */
  maxRequests: number;
}

export async function runTraffic(o: TrafficOptions): Promise<{ samples: Sample[]; attacks: Sample[] }> {
  const deadline = Date.now() + o.seconds * 1000;
  const samples: Sample[] = [];
  const attacks: Sample[] = [];
  let sent = 0;
  const more = () => Date.now() < deadline && sent < o.maxRequests;
  const client = async (c: number) => {
    for (let i = c; more(); i += o.clients) {
      sent += 1;
      const r = request(i, o.targets);
      samples.push(await timed(o.base, r.endpoint, r.path, r.init));
    }
  };
  const prober = async () => {
    while (more()) {
      samples.push(await timed(o.base, "health", "/api/health"));
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const attacker = async () => {
    for (let i = 0; more(); i++) {
      await new Promise((r) => setTimeout(r, o.attackEverySeconds * 1000));
      if (!more()) break;
      attacks.push(await timed(o.base, pick(ATTACKS, i), "/api/cypher", cypherInit(pick(ATTACKS, i))));
    }
  };
  await Promise.all([...Array.from({ length: o.clients }, (_, c) => client(c)), prober(), attacker()]);
  return { samples, attacks };
}
