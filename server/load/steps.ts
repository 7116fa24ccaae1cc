/**
 * Wall time of the transactional loader's steps (validate, prepare, write, sweep, degrees, indexes),
 * so that a slow load says where its time went (`zonegraph load` prints them; the ingest bench logs
 * them). Each lap is the time since the previous one. With a MemoryProbe, each lap also keeps the
 * step's memory peaks (memoryProbe.ts).
 */
import { type MemoryPeak, type MemoryProbe, maxPeak } from "./memoryProbe";

export type Steps = Record<string, number>;

export class StepClock {
  private last = performance.now();
  readonly steps: Steps = {};
  readonly memory: Record<string, MemoryPeak> = {};

  constructor(private readonly probe?: MemoryProbe) {}

  /** Ends the step `name` now (seconds since the previous lap, added to the step's total). */
  lap(name: string): void {
    const now = performance.now();
    this.steps[name] = (this.steps[name] ?? 0) + (now - this.last) / 1000;
    this.last = now;
    if (this.probe) this.memory[name] = maxPeak(this.memory[name], this.probe.take());
  }
}

/** "validate 1.2 s, write 30.5 s, …" in the order the steps ran. */
export function formatSteps(steps: Steps): string {
  return Object.entries(steps)
    .map(([name, s]) => `${name} ${s.toFixed(1)} s`)
    .join(", ");
}
