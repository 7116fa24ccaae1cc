/**
 * Main-thread side of the layout worker: one worker, one job at a time. A new job or `cancel()` drops the
 * answer of the previous one, so a stale layout never lands on a newer scene.
 */
import type { LayoutJob, Positions } from "./job";

export class LayoutRunner {
  private worker: Worker | null = null;
  private seq = 0;
  private pending: { seq: number; resolve(p: Positions | null): void } | null = null;

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL("./fa2.worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (e: MessageEvent<{ seq: number; positions: Positions }>) => {
      const p = this.pending;
      if (!p || p.seq !== e.data.seq) return;
      this.pending = null;
      p.resolve(e.data.positions);
    };
    this.worker = w;
    return w;
  }

  /** The positions of the job, or null when it was cancelled or replaced. */
  run(job: LayoutJob): Promise<Positions | null> {
    this.cancel();
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.pending = { seq, resolve };
      this.ensure().postMessage({ seq, job });
    });
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  cancel(): void {
    const p = this.pending;
    this.pending = null;
    p?.resolve(null);
  }

  kill(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }
}
