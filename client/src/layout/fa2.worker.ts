/**
 * The layout worker: runs one job (ForceAtlas2, shelf, label room) off the main thread. A live job
 * (`live: true`, ForceAtlas2 from the Layout button) runs in steps, posting the positions after each and
 * taking new settings between steps, until its iterations are done or it is told to stop.
 */
import { computeLayout, LiveForce } from "./forceLayout";
import type { LayoutJob } from "./job";
import type { LayoutSettings } from "./settings";

/** Iterations per step of a live run, and the pause after each (the canvas draws a frame meanwhile). */
const STEP = 10;
const PAUSE_MS = 16;

export type WorkerIn =
  | { seq: number; job: LayoutJob; live?: false }
  | { seq: number; job: LayoutJob; live: true }
  | { seq: number; settings: LayoutSettings }
  | { seq: number; stop: true };

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerIn>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
/** The live run under way: its sequence number and the settings its next step takes. */
let live: { seq: number; settings: LayoutSettings | undefined } | null = null;

async function runLive(seq: number, job: LayoutJob): Promise<void> {
  const run = new LiveForce(job);
  live = { seq, settings: job.settings };
  while (live?.seq === seq && run.step(STEP, live.settings)) {
    scope.postMessage({ seq, positions: run.positions(), done: false });
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  if (live?.seq !== seq) return;
  live = null;
  scope.postMessage({ seq, positions: run.finish(), done: true });
}

scope.onmessage = (e) => {
  const m = e.data;
  if ("stop" in m) {
    if (live?.seq === m.seq) live = null;
  } else if ("settings" in m) {
    if (live?.seq === m.seq) live.settings = m.settings;
  } else if (m.live) void runLive(m.seq, m.job);
  else scope.postMessage({ seq: m.seq, positions: computeLayout(m.job), done: true });
};
