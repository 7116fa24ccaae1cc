/**
 * Where a load's memory goes, step by step (`zonegraph load --memory-report`): process.memoryUsage()
 * sampled on a timer, its peaks kept per step of the StepClock (validate, prepare, write, degrees, …).
 * A sample between two event-loop turns can miss a short spike; the heap grows and shrinks over
 * seconds, so a 100 ms timer sees what matters.
 */
export interface MemoryPeak {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

const KEYS = ["rss", "heapUsed", "heapTotal", "external", "arrayBuffers"] as const;

const zero = (): MemoryPeak => ({ rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 });

export class MemoryProbe {
  private peak = zero();
  private readonly timer: NodeJS.Timeout;

  constructor(everyMs = 100) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  sample(): void {
    const m = process.memoryUsage();
    for (const k of KEYS) if (m[k] > this.peak[k]) this.peak[k] = m[k];
  }

  /** The peaks since the previous take (a last sample included); then starts over. */
  take(): MemoryPeak {
    this.sample();
    const p = this.peak;
    this.peak = zero();
    return p;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** The larger of two peaks, field by field (a step that ran twice). */
export function maxPeak(a: MemoryPeak | undefined, b: MemoryPeak): MemoryPeak {
  if (!a) return b;
  const out = zero();
  for (const k of KEYS) out[k] = Math.max(a[k], b[k]);
  return out;
}

const MB = 2 ** 20;

/** "validate: RSS 210 MB, heap 80/120 MB, external 5 MB, array buffers 3 MB; write: …" */
export function formatMemorySteps(steps: Record<string, MemoryPeak>): string {
  const mb = (n: number) => (n / MB).toFixed(0);
  return Object.entries(steps)
    .map(
      ([name, p]) =>
        `${name}: RSS ${mb(p.rss)} MB, heap ${mb(p.heapUsed)}/${mb(p.heapTotal)} MB, external ${mb(p.external)} MB, array buffers ${mb(p.arrayBuffers)} MB`,
    )
    .join("; ");
}
