/**
 * Shared Chromium harness of the e2e tests: Debian's Chromium with software WebGL, and a strict watch on the
 * page — every console error, uncaught exception and Content-Security-Policy violation (the
 * `securitypolicyviolation` DOM event, which also catches reports Chromium logs without a script location) is
 * recorded, and `assertClean()` fails the test on any of them. HTTP errors a test provokes on purpose are
 * declared first with `expectHttpError()`.
 */
import fs from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { expect } from "vitest";
import type { App } from "../../client/src/ui/app";

/**
 * The explorer's window as the tests read it: client/src/main.ts exposes the App as `window.zonegraph`.
 * Types only — `page.evaluate` callbacks run in the page, so they cast `window as unknown as Win`.
 */
export type Win = { zonegraph: App };

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  /** Everything that went wrong so far (console errors, page errors, CSP violations, dialogs). */
  problems: string[];
  /** A failing HTTP response the test provokes on purpose (e.g. a Cypher syntax error → 400). */
  expectHttpError(urlPart: string, status: number): void;
  /** Fails with the list of problems (and forgets them, so one failure does not cascade). */
  assertClean(): void;
}

/** Opens a page that records every problem; `violation` events are forwarded through an exposed binding. */
export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  const expected: { urlPart: string; status: number }[] = [];
  await page.exposeBinding("__zgViolation", (_src, text: string) => {
    problems.push(`CSP violation: ${text}`);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      "securitypolicyviolation",
      (e) => {
        const target = e.target instanceof Element ? e.target.nodeName : String(e.target);
        (window as unknown as { __zgViolation(s: string): void }).__zgViolation(
          `${e.violatedDirective} blocked=${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} sample=${JSON.stringify(e.sample)} target=${target}`,
        );
      },
      true,
    );
  });
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    const loc = m.location();
    // Chromium logs every non-2xx fetch as "Failed to load resource"; those the test asked for are fine.
    if (/Failed to load resource: the server responded with a status of (\d+)/.test(m.text())) {
      const status = Number(/status of (\d+)/.exec(m.text())?.[1]);
      const i = expected.findIndex((x) => loc.url.includes(x.urlPart) && x.status === status);
      if (i >= 0) {
        expected.splice(i, 1);
        return;
      }
    }
    problems.push(`console error: ${m.text()} @ ${loc.url}:${loc.lineNumber}:${loc.columnNumber}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("dialog", (d) => {
    problems.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  return {
    page,
    problems,
    expectHttpError: (urlPart, status) => {
      expected.push({ urlPart, status });
    },
    assertClean: () => {
      const found = problems.splice(0);
      if (found.length) throw new Error(`browser problems:\n${found.join("\n")}`);
    },
  };
}

/** Waits until the explorer's first screen has nodes. */
export async function waitForExplorer(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => ((window as unknown as Partial<Win>).zonegraph?.graph.order ?? 0) > 0,
    undefined,
    {
      timeout,
    },
  );
}

/**
 * Waits until the scene stands still — no layout running (ForceAtlas2 and the easing of the nodes to their
 * places), the camera not easing, the camera's state and the canvas size unchanged over 10 frames and 400 ms
 * (a layout's end eases the camera on a later frame) — or until `upToMs` have passed, whichever comes first:
 * never longer than the fixed sleep it replaces before a screenshot, shorter when the scene settles sooner.
 */
export async function waitForStill(page: Page, upToMs: number): Promise<void> {
  await page.evaluate(() => {
    delete (window as unknown as { __zgStill?: unknown }).__zgStill;
  });
  await page
    .waitForFunction(
      () => {
        const w = window as unknown as Partial<Win> & {
          __zgStill?: { key: string; since: number; frames: number };
        };
        const view = w.zonegraph?.view;
        if (!view) return false;
        const camera = view.sigma.getCamera() as unknown as {
          isAnimated(): boolean;
          getState(): { x: number; y: number; ratio: number; angle: number };
        };
        const { x, y, ratio, angle } = camera.getState();
        const { width, height } = view.sigma.getDimensions();
        const key = [x, y, ratio, angle, width, height].join(" ");
        const now = performance.now();
        if (view.layoutRunning || camera.isAnimated() || w.__zgStill?.key !== key) {
          w.__zgStill = { key, since: now, frames: 0 };
          return false;
        }
        w.__zgStill.frames += 1;
        return w.__zgStill.frames >= 10 && now - w.__zgStill.since >= 400;
      },
      undefined,
      { timeout: upToMs, polling: "raf" },
    )
    .then(() => undefined)
    .catch((error: unknown) => {
      if (!(error instanceof Error && error.name === "TimeoutError")) throw error;
    });
}

/** Opens the explorer at `url` and waits until its first screen has nodes. */
export async function openExplorer(page: Page, url: string, timeout = 30_000): Promise<void> {
  await page.goto(url);
  await waitForExplorer(page, timeout);
}

export interface Suite {
  browser: Browser;
  context: BrowserContext;
  watched: WatchedPage;
  page: Page;
}

export interface SuiteOptions {
  /** Folder for screenshots and downloads (created). */
  out?: string;
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
}

/**
 * The set-up every browser suite shares (its beforeAll): the output folder, Chromium, one context and one
 * watched page. The suite's afterEach calls `watched.assertClean()`, its afterAll `browser.close()`.
 */
export async function startSuite(opts: SuiteOptions = {}): Promise<Suite> {
  if (opts.out) fs.mkdirSync(opts.out, { recursive: true });
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1400, height: 900 },
    ...(opts.acceptDownloads ? { acceptDownloads: true } : {}),
  });
  const watched = await watchedPage(context);
  return { browser, context, watched, page: watched.page };
}

/** The graph on screen: sorted node and edge ids, and each node's viewport position. */
export function sceneOnScreen(p: Page) {
  return p.evaluate(() => {
    const z = (window as unknown as Win).zonegraph;
    const pos: Record<string, { x: number; y: number }> = {};
    for (const n of z.graph.nodes()) {
      const d = z.view.sigma.getNodeDisplayData(n);
      if (d) pos[n] = z.view.sigma.framedGraphToViewport(d);
    }
    return { nodes: z.graph.nodes().sort(), edges: z.graph.edges().sort(), pos };
  });
}

/**
 * Opens a share link in a fresh browser context (1400 × 900) and waits until the graph holds `order`
 * nodes and the layout settled. The caller closes `context`.
 */
export async function openShared(
  browser: Browser,
  url: string,
  order: number,
): Promise<{ context: BrowserContext; w: WatchedPage }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const w = await watchedPage(context);
  await w.page.goto(url);
  await w.page.waitForFunction((n) => (window as unknown as Win).zonegraph.graph.order === n, order, {
    timeout: 30_000,
  });
  // A fixed wait, not waitForStill: the caller compares on-screen positions to the sender's within 1 px.
  await w.page.waitForTimeout(1500);
  return { context, w };
}

/** Each of `nodes` is on screen in `got` within one pixel of where it was in `sent`. */
export function expectSamePositions(
  nodes: string[],
  sent: Record<string, { x: number; y: number }>,
  got: Record<string, { x: number; y: number }>,
): void {
  for (const n of nodes) {
    const a = sent[n];
    const b = got[n];
    expect(b, n).toBeDefined();
    expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0)), n).toBeLessThanOrEqual(1);
  }
}
