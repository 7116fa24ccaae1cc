/**
 * Bench page (built by bench/client/index.ts): draws one generated graph either with bare sigma (default
 * settings) or with the zonegraph client's GraphView (its program, reducers, label thinning), and measures
 * frame times while the camera moves and while the pointer hovers nodes. Driven from playwright.
 */
import Graph from "graphology";
import Sigma from "sigma";
import { createSceneGraph } from "../../client/src/model/scene";
import { typeStyle } from "../../client/src/model/styling";
import { initialState } from "../../client/src/store/state";
import { GraphView } from "../../client/src/ui/graphView";

const TYPES = ["FreeTradeZone", "Area", "Province", "City", "Corridor", "Port", "Agreement", "Industry"];

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n nodes in loose clusters, m edges mostly inside clusters (a scene after a few expansions, scaled up). */
function fill(g: Graph, n: number, m: number, withTypes: boolean): void {
  const r = rng(42);
  const clusters = Math.max(4, Math.round(Math.sqrt(n) / 2));
  const centres = Array.from({ length: clusters }, () => ({ x: r() * 100, y: r() * 100 }));
  for (let i = 0; i < n; i++) {
    const c = centres[i % clusters] as { x: number; y: number };
    const type = TYPES[i % TYPES.length] as string;
    g.addNode(`n${i}`, {
      x: c.x + (r() - 0.5) * 18,
      y: c.y + (r() - 0.5) * 18,
      // Sigma reads `type` as the program name: bare sigma gets the default circle program.
      ...(withTypes ? { type } : {}),
      name: `实体${i}号`,
      nameEn: `Entity ${i}`,
      label: `实体${i}号`,
      color: typeStyle(type).color,
      size: 3 + r() * 6,
    });
  }
  let added = 0;
  while (added < m) {
    const a = Math.floor(r() * n);
    const same = r() < 0.85;
    const b = same ? (a + clusters * (1 + Math.floor(r() * 8))) % n : Math.floor(r() * n);
    const key = `e${a}-${b}`;
    if (a === b || g.hasEdge(key)) continue;
    g.addEdgeWithKey(key, `n${a}`, `n${b}`, withTypes ? { type: "LOCATED_IN", evidence: [] } : {});
    added++;
  }
  g.forEachNode((node) => g.setNodeAttribute(node, "degree", g.degree(node)));
}

let sigma: Sigma | null = null;
let view: GraphView | null = null;
const longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push(e.duration);
}).observe({ type: "longtask", buffered: true });

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame((t) => resolve(t)));
}

/** Frame-to-frame intervals (ms) of `frames` animation frames, calling `step(i)` before each. */
async function frames(count: number, step: (i: number) => void): Promise<number[]> {
  const out: number[] = [];
  let last = await nextFrame();
  for (let i = 0; i < count; i++) {
    step(i);
    const t = await nextFrame();
    out.push(t - last);
    last = t;
  }
  return out;
}

const api = {
  async setup(mode: "bare" | "client", n: number, m: number): Promise<{ setupMs: number }> {
    api.teardown();
    const container = document.getElementById("stage") as HTMLElement;
    const t0 = performance.now();
    if (mode === "bare") {
      const g = new Graph();
      fill(g, n, m, false);
      sigma = new Sigma(g, container);
    } else {
      const g = createSceneGraph();
      fill(g as unknown as Graph, n, m, true);
      const noop = () => {};
      view = new GraphView(
        container,
        g,
        { state: initialState(), metrics: { colour: null, size: null } },
        {
          clickNode: noop,
          doubleClickNode: noop,
          clickEdge: noop,
          clickStage: noop,
          lasso: noop,
          nodeMoved: noop,
        },
      );
      sigma = view.sigma;
    }
    await nextFrame();
    await nextFrame();
    const setupMs = performance.now() - t0;
    // Let one-time work finish (the pictogram texture loads asynchronously and redraws once) and the
    // long-task observer deliver the setup's entries before the measurements reset the list.
    await new Promise((r) => setTimeout(r, 1500));
    await nextFrame();
    await new Promise((r) => setTimeout(r, 300));
    return { setupMs };
  },
  /** Camera animations (pan + zoom), as a user dragging and wheeling does. */
  async camera(count: number): Promise<number[]> {
    const s = sigma as Sigma;
    const cam = s.getCamera();
    cam.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    await nextFrame();
    longTasks.length = 0;
    const out: number[] = [];
    for (let k = 0; k < 3; k++) {
      const target = { x: 0.3 + 0.2 * k, y: 0.6 - 0.1 * k, ratio: k % 2 ? 0.35 : 0.8 };
      void cam.animate(target, { duration: 100_000 });
      out.push(...(await frames(Math.ceil(count / 3), () => {})));
      cam.animate(target, { duration: 0 });
    }
    return out;
  },
  /** Viewport positions of `count` nodes spread over the graph (for pointer hovering). */
  hoverTargets(count: number): { x: number; y: number }[] {
    const s = sigma as Sigma;
    s.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    s.refresh();
    const nodes = s.getGraph().nodes();
    const out: { x: number; y: number }[] = [];
    for (let i = 0; i < count; i++) {
      const node = nodes[Math.floor((i * nodes.length) / count)] as string;
      const d = s.getNodeDisplayData(node);
      if (d) out.push(s.framedGraphToViewport(d));
    }
    return out;
  },
  startRecording(): void {
    longTasks.length = 0;
    recorded = [];
    recording = true;
    const loop = (t: number) => {
      if (!recording) return;
      if (lastT) recorded.push(t - lastT);
      lastT = t;
      requestAnimationFrame(loop);
    };
    lastT = 0;
    requestAnimationFrame(loop);
  },
  stopRecording(): number[] {
    recording = false;
    return recorded;
  },
  longTasks(): number[] {
    return [...longTasks];
  },
  teardown(): void {
    if (view) view.kill();
    else sigma?.kill();
    view = null;
    sigma = null;
  },
};
let recording = false;
let recorded: number[] = [];
let lastT = 0;

(window as unknown as { bench: typeof api }).bench = api;
