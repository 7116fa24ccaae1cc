/**
 * The exact scene of a share link: node positions, the edge set and the camera, in a compact form. Edge ids
 * of the form `TYPE:source->target` (the extractor's) travel as three small numbers; any other id travels
 * whole. Decoding treats the input as untrusted: anything malformed is dropped, never thrown.
 */
export interface Camera {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface SharedScene {
  positions: Map<string, { x: number; y: number }>;
  /** Edge ids of the scene; null when the link carries none (older links: every edge among the nodes). */
  edges: Set<string> | null;
  camera: Camera | null;
}

export interface CompactScene {
  p: number[];
  e: [number, number, number][];
  et: string[];
  ek: string[];
  cam: number[] | null;
}

const round = (v: number) => Math.round(v * 100) / 100;

export function compactScene(
  nodes: readonly string[],
  pos: (id: string) => { x: number; y: number },
  edges: readonly { key: string; source: string; target: string; type: string }[],
  camera: Camera | null,
): CompactScene {
  const index = new Map(nodes.map((n, i) => [n, i]));
  const p = nodes.flatMap((n) => {
    const q = pos(n);
    return [round(q.x), round(q.y)];
  });
  const et: string[] = [];
  const e: [number, number, number][] = [];
  const ek: string[] = [];
  for (const x of edges) {
    const s = index.get(x.source);
    const t = index.get(x.target);
    if (s === undefined || t === undefined) continue;
    if (x.key !== `${x.type}:${x.source}->${x.target}`) {
      ek.push(x.key);
      continue;
    }
    let ti = et.indexOf(x.type);
    if (ti < 0) ti = et.push(x.type) - 1;
    e.push([s, t, ti]);
  }
  const cam = camera
    ? [camera.x, camera.y, camera.ratio, camera.angle].map((v) => Math.round(v * 1e5) / 1e5)
    : null;
  return { p, e, et, ek, cam };
}

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

export function expandScene(nodes: readonly string[], raw: Record<string, unknown>): SharedScene | null {
  if (!Array.isArray(raw.p)) return null;
  const p = raw.p as unknown[];
  const positions = new Map<string, { x: number; y: number }>();
  nodes.forEach((n, i) => {
    const x = p[2 * i];
    const y = p[2 * i + 1];
    if (finite(x) && finite(y)) positions.set(n, { x, y });
  });
  const et = Array.isArray(raw.et) ? raw.et.filter((x): x is string => typeof x === "string") : [];
  const edges = new Set<string>();
  for (const item of Array.isArray(raw.e) ? raw.e : []) {
    if (!Array.isArray(item)) continue;
    const [s, t, ty] = item as unknown[];
    const src = typeof s === "number" ? nodes[s] : undefined;
    const tgt = typeof t === "number" ? nodes[t] : undefined;
    const type = typeof ty === "number" ? et[ty] : undefined;
    if (src && tgt && type) edges.add(`${type}:${src}->${tgt}`);
  }
  for (const k of Array.isArray(raw.ek) ? raw.ek : []) if (typeof k === "string") edges.add(k);
  const c = Array.isArray(raw.cam) ? raw.cam : null;
  const camera =
    c && c.length === 4 && c.every(finite) && (c[2] as number) > 0
      ? { x: c[0] as number, y: c[1] as number, ratio: c[2] as number, angle: c[3] as number }
      : null;
  return { positions, edges: Array.isArray(raw.e) ? edges : null, camera };
}
