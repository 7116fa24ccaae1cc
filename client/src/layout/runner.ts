/**
 * Main-thread side of the layout worker: one worker, one job at a time. A new job or `cancel()` drops the
 * answer of the previous one, so a stale layout never lands on a newer scene; a live run is also told to
 * stop, and takes new settings while it runs (`update`).
 */
import type { WorkerIn } from "./fa2.worker";
import type { LayoutJob, Positions } from "./job";
import type { LayoutSettings } from "./settings";

interface Pending {
  seq: number;
  live: boolean;
  resolve(p: Positions | null): void;
  frame?: (p: Positions) => void;
}

export class LayoutRunner {
  private worker: Worker | null = null;
  private seq = 0;
  private pending: Pending | null = null;

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL("./fa2.worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (e: MessageEvent<{ seq: number; positions: Positions; done: boolean }>) => {
      const p = this.pending;
      if (!p || p.seq !== e.data.seq) return;
      if (!e.data.done) return p.frame?.(e.data.positions);
      this.pending = null;
      p.resolve(e.data.positions);
    };
    this.worker = w;
    return w;
  }

  private post(m: WorkerIn): void {
    this.ensure().postMessage(m);
  }

  /** The positions of the job, or null when it was cancelled or replaced. */
  run(job: LayoutJob): Promise<Positions | null> {
    this.cancel();
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.pending = { seq, live: false, resolve };
      this.post({ seq, job });
    });
  }

  /** A live ForceAtlas2 run: `frame` gets the positions after each step; resolves with the final ones. */
  runLive(job: LayoutJob, frame: (p: Positions) => void): Promise<Positions | null> {
    this.cancel();
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.pending = { seq, live: true, resolve, frame };
      this.post({ seq, job, live: true });
    });
  }

  /** New settings for the live run under way (none: nothing happens). */
  update(settings: LayoutSettings): boolean {
    const p = this.pending;
    if (!p?.live) return false;
    this.post({ seq: p.seq, settings });
    return true;
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  get live(): boolean {
    return this.pending?.live === true;
  }

  cancel(): void {
    const p = this.pending;
    this.pending = null;
    if (p?.live) this.post({ seq: p.seq, stop: true });
    p?.resolve(null);
  }

  kill(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }
}
