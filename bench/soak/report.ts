/** The soak's summary: status counts and latency percentiles per endpoint, as a text table. */
import type { Sample } from "./traffic";

/** Nearest-rank percentile (the same definition as bench/run.ts, which cannot be imported: it runs). */
export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
}

export function statusCounts(samples: Sample[]): string {
  const counts = new Map<number, number>();
  for (const s of samples) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status === 0 ? "no answer" : status}×${n}`)
    .join(" ");
}

export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function endpointTable(samples: Sample[]): string {
  const endpoints = [...new Set(samples.map((s) => s.endpoint))];
  const rows = [["endpoint", "n", "non-2xx", "p50 ms", "p99 ms", "max ms", "statuses"]];
  for (const e of endpoints) {
    const mine = samples.filter((s) => s.endpoint === e);
    const ms = mine.map((s) => s.ms);
    rows.push([
      e,
      String(mine.length),
      String(mine.filter((s) => s.status < 200 || s.status > 299).length),
      percentile(ms, 50).toFixed(1),
      percentile(ms, 99).toFixed(1),
      Math.max(...ms).toFixed(1),
      statusCounts(mine),
    ]);
  }
  return table(rows);
}
