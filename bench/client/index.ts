/**
 * Client rendering benchmark: bare sigma vs. the zonegraph client's renderer (GraphView: compound
 * circle+pictogram program, arrow edges, reducers, label grid) on the same generated graphs, in Debian's
 * Chromium with software WebGL (SwiftShader). Absolute frame times depend on the machine; the result is the
 * ratio client/bare of median frame times while the camera moves and while the pointer hovers nodes, plus
 * a freeze check (no long task ≥ FREEZE_MS during interaction).
 *
 * `runClientBench()` builds bench/client/page.html with Vite into a temporary folder, serves it on a free
 * local port, and drives it with playwright-core.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "playwright-core";
import { build } from "vite";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
];
/** A long task at least this long during interaction counts as a freeze. */
export const FREEZE_MS = 1000;

export interface ClientBenchRow {
  graph: string;
  scenario: "camera" | "hover";
  /** Median frame interval in ms (bare sigma / client). */
  bareMedianMs: number;
  clientMedianMs: number;
  /** clientMedianMs / bareMedianMs — the figure to watch. */
  ratio: number;
  bareP95Ms: number;
  clientP95Ms: number;
  /** Longest main-thread task during the interactions (camera and hover), bare sigma / client. */
  bareMaxLongTaskMs: number;
  clientMaxLongTaskMs: number;
  /**
   * The client froze: a long task ≥ FREEZE_MS that is also more than twice bare sigma's longest (software
   * WebGL makes a single full frame of 20k edges take seconds for bare sigma too).
   */
  frozen: boolean;
}

export interface ClientBenchOptions {
  sizes?: { nodes: number; edges: number }[];
  cameraFrames?: number;
  hoverTargets?: number;
  log?: (line: string) => void;
}

type BenchApi = {
  setup(mode: string, n: number, m: number): Promise<{ setupMs: number }>;
  camera(count: number): Promise<number[]>;
  hoverTargets(count: number): { x: number; y: number }[];
  startRecording(): void;
  stopRecording(): number[];
  longTasks(): number[];
  teardown(): void;
};

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
}
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

async function buildPage(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-client-bench-"));
  await build({
    root: HERE,
    configFile: false,
    logLevel: "error",
    build: { outDir: out, emptyOutDir: true, rollupOptions: { input: path.join(HERE, "page.html") } },
  });
  return out;
}

function serve(dir: string): Promise<http.Server> {
  const types: Record<string, string> = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".css": "text/css",
  };
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (rel === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    const file = path.join(dir, rel === "/" ? "page.html" : rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function measure(
  page: Page,
  mode: "bare" | "client",
  n: number,
  m: number,
  opts: Required<Omit<ClientBenchOptions, "sizes" | "log">>,
): Promise<{ camera: number[]; hover: number[]; maxLongTask: number }> {
  await page.evaluate(
    ([md, nn, mm]) =>
      (window as unknown as { bench: BenchApi }).bench.setup(md as string, nn as number, mm as number),
    [mode, n, m] as const,
  );
  const camera = await page.evaluate(
    (c) => (window as unknown as { bench: BenchApi }).bench.camera(c),
    opts.cameraFrames,
  );
  let maxLongTask = Math.max(
    0,
    ...(await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.longTasks())),
  );
  const targets = await page.evaluate(
    (c) => (window as unknown as { bench: BenchApi }).bench.hoverTargets(c),
    opts.hoverTargets,
  );
  const box = await page.locator("#stage").boundingBox();
  const ox = box?.x ?? 0;
  const oy = box?.y ?? 0;
  await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.startRecording());
  for (const t of targets) {
    await page.mouse.move(ox + t.x, oy + t.y, { steps: 3 });
    await page.waitForTimeout(30);
  }
  const hover = await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.stopRecording());
  maxLongTask = Math.max(
    maxLongTask,
    ...(await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.longTasks())),
  );
  await page.mouse.move(0, 0);
  await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.teardown());
  return { camera, hover, maxLongTask };
}

export async function runClientBench(options: ClientBenchOptions = {}): Promise<ClientBenchRow[]> {
  const sizes = options.sizes ?? [
    { nodes: 1000, edges: 2000 },
    { nodes: 5000, edges: 20000 },
  ];
  const opts = { cameraFrames: options.cameraFrames ?? 15, hoverTargets: options.hoverTargets ?? 12 };
  const log = options.log ?? ((l: string) => process.stderr.write(`[client-bench] ${l}\n`));
  log("building the bench page");
  const dir = await buildPage();
  const server = await serve(dir);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const rows: ClientBenchRow[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(msg.text());
    });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => "bench" in window);
    for (const { nodes, edges } of sizes) {
      const label = `${nodes / 1000}k nodes / ${edges / 1000}k edges`;
      log(`${label}: bare sigma`);
      const bare = await measure(page, "bare", nodes, edges, opts);
      log(`${label}: zonegraph client`);
      const client = await measure(page, "client", nodes, edges, opts);
      for (const scenario of ["camera", "hover"] as const) {
        const b = bare[scenario];
        const c = client[scenario];
        const bm = quantile(b, 0.5);
        const cm = quantile(c, 0.5);
        rows.push({
          graph: label,
          scenario,
          bareMedianMs: round(bm),
          clientMedianMs: round(cm),
          ratio: round(cm / bm, 2),
          bareP95Ms: round(quantile(b, 0.95)),
          clientP95Ms: round(quantile(c, 0.95)),
          bareMaxLongTaskMs: round(bare.maxLongTask, 0),
          clientMaxLongTaskMs: round(client.maxLongTask, 0),
          frozen: client.maxLongTask >= FREEZE_MS && client.maxLongTask > 2 * bare.maxLongTask,
        });
      }
    }
    if (errors.length) throw new Error(`bench page errors:\n${errors.join("\n")}`);
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** The rows as a plain-text table. */
export function formatClientBench(rows: ClientBenchRow[]): string {
  const head = [
    "graph",
    "scenario",
    "bare med ms",
    "client med ms",
    "ratio",
    "bare p95",
    "client p95",
    "bare max task",
    "client max task",
    "frozen",
  ];
  const body = rows.map((r) => [
    r.graph,
    r.scenario,
    String(r.bareMedianMs),
    String(r.clientMedianMs),
    `${r.ratio}×`,
    String(r.bareP95Ms),
    String(r.clientP95Ms),
    `${r.bareMaxLongTaskMs} ms`,
    `${r.clientMaxLongTaskMs} ms`,
    r.frozen ? "YES" : "no",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}
