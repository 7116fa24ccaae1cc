/**
 * `zonegraph load --memory-report`: the loader's memory against issue 12's target (peak RSS ≤ 1.5× the
 * largest batch, not the file). The RSS before the load (modules loaded, nothing read) is the baseline;
 * the process's peak RSS (getrusage, this process only: an embedded Neo4j is a process of its own)
 * minus that baseline is what the load itself used, compared with the largest batch it sent.
 */
import type { LargestBatch } from "../../load/batchMeter";

export interface MemoryFigures {
  baselineRssBytes: number;
  /** RSS once Node, the modules and the driver's connection are up, before the load reads anything. */
  idleRssBytes?: number;
  peakRssBytes: number;
  largestBatch?: LargestBatch;
}

const MB = 2 ** 20;

/** RSS now, in bytes: taken before a load starts. */
export function rssNow(): number {
  return process.memoryUsage().rss;
}

/** The peak RSS of this process so far, in bytes. */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * One line the bench parses (bench/scale/ingest.ts memoryLine): "memory: peak RSS P MB, baseline B
 * MB, load L MB; largest batch N records (WHAT), S MB as JSON; load/batch R×".
 */
export function memoryLine(f: MemoryFigures): string {
  const load = Math.max(0, f.peakRssBytes - f.baselineRssBytes);
  const head = `memory: peak RSS ${(f.peakRssBytes / MB).toFixed(1)} MB, baseline ${(f.baselineRssBytes / MB).toFixed(1)} MB, load ${(load / MB).toFixed(1)} MB`;
  const b = f.largestBatch;
  if (!b || b.bytes === 0) return `${head}; no batch measured (bulk path or nothing written)`;
  const idle =
    f.idleRssBytes === undefined
      ? ""
      : `; idle baseline ${(f.idleRssBytes / MB).toFixed(1)} MB, above idle ${(Math.max(0, f.peakRssBytes - f.idleRssBytes) / MB).toFixed(1)} MB = ${(Math.max(0, f.peakRssBytes - f.idleRssBytes) / b.bytes).toFixed(1)}× the batch`;
  return `${head}; largest batch ${b.records} records (${b.what}), ${(b.bytes / MB).toFixed(2)} MB as JSON; load/batch ${(load / b.bytes).toFixed(1)}×${idle}`;
}
