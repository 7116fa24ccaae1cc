/**
 * Watches whether Neo4j answers, so that the API can say 503 at once while it does not, instead of
 * letting requests wait on a Neo4j that is down or still starting (a restarted Neo4j accepts Bolt
 * connections before its database serves queries). A cheap probe (`RETURN 1` on the app's
 * database) runs every second while Neo4j is up and twice a second while it is down. Two failures in
 * a row (an error, or no answer within 15 s: generous, so that a busy Neo4j is not called down)
 * mark it down; the first answer after an outage marks it up again.
 */
import neo4j, { type Driver } from "neo4j-driver";

export interface MonitorOptions {
  intervalMs?: number;
  downIntervalMs?: number;
  /** While up, a probe slower than this counts as a failure (generous: a busy Neo4j is not down). */
  timeoutMs?: number;
  /** While down, the first probe's time limit (a probe stuck on a Neo4j that is still starting must not
   * keep the gate closed once it answers). It doubles after each probe that ran out of time, up to
   * `timeoutMs`, so a Neo4j that answers slowly (a cold JVM on a busy machine) is still seen as up. */
  downTimeoutMs?: number;
  /** Failures in a row before Neo4j is called down (a busy Neo4j may miss one probe). */
  failuresToDown?: number;
  log?: (line: string) => void;
}

/** The probe of a driver: `RETURN 1` in a READ session on `database`. */
export function driverProbe(driver: Driver, database: string, timeoutMs: number): () => Promise<void> {
  return async () => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run("RETURN 1", {}, { timeout: timeoutMs });
    } finally {
      await session.close().catch(() => {});
    }
  };
}

export class Neo4jMonitor {
  /** Neo4j answered the last probe(s). Starts true: the app has just verified the connection. */
  up = true;
  private failures = 0;
  /** Consecutive probes that ran out of time while down (each doubles the next one's limit). */
  private slowProbes = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private readonly o: Required<Omit<MonitorOptions, "log">> & { log: (line: string) => void };

  constructor(
    private readonly probe: () => Promise<void>,
    options: MonitorOptions = {},
  ) {
    this.o = {
      intervalMs: options.intervalMs ?? 1000,
      downIntervalMs: options.downIntervalMs ?? 500,
      timeoutMs: options.timeoutMs ?? 15_000,
      downTimeoutMs: options.downTimeoutMs ?? 2000,
      failuresToDown: options.failuresToDown ?? 2,
      log: options.log ?? (() => {}),
    };
  }

  start(): void {
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** One probe; updates `up`. Exposed for tests. */
  async check(): Promise<boolean> {
    let ok = true;
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new Error("probe timed out"));
      }, this.limit());
    });
    try {
      await Promise.race([this.probe(), timeout]);
    } catch {
      ok = false;
    } finally {
      clearTimeout(timer);
    }
    this.failures = ok ? 0 : this.failures + 1;
    this.slowProbes = timedOut && !this.up ? this.slowProbes + 1 : 0;
    if (ok && !this.up) this.o.log("Neo4j answers again.");
    if (!ok && this.up && this.failures >= this.o.failuresToDown)
      this.o.log("Neo4j does not answer: 503 until it does.");
    this.up = ok || (this.up && this.failures < this.o.failuresToDown);
    return this.up;
  }

  /** The current probe's time limit. */
  limit(): number {
    if (this.up) return this.o.timeoutMs;
    return Math.min(this.o.timeoutMs, this.o.downTimeoutMs * 2 ** this.slowProbes);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(
      async () => {
        await this.check();
        this.schedule();
      },
      this.up ? this.o.intervalMs : this.o.downIntervalMs,
    );
    this.timer.unref();
  }
}
