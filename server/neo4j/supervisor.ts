/**
 * The supervisor of the embedded Neo4j: when the JVM exits for any reason (OutOfMemoryError, a
 * SIGKILL, a crash), it is started again on the same port and data folder, with exponential backoff,
 * until it is up or the app stops. The app keeps its one driver: requests answer 503 with
 * Retry-After while Neo4j is away (the driver's connection errors map to Neo4jUnavailableError), and
 * the driver opens new connections by itself once Bolt answers again.
 */
import { isAlive, type RunningNeo4j } from "./embedded";

export type SupervisedState = "starting" | "up" | "restarting" | "stopped";

export interface Backoff {
  /** Wait before the first restart after an exit. */
  initialMs: number;
  /** Longest wait between two attempts. */
  maxMs: number;
  /** An instance that stayed up this long resets the wait to initialMs. */
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1000, maxMs: 30_000, resetAfterMs: 60_000 };

export interface SupervisorOptions {
  /** Starts (or reuses) the embedded Neo4j; the same options on every call. */
  start: () => Promise<RunningNeo4j>;
  log?: (line: string) => void;
  backoff?: Backoff;
  /** For tests: the clock and the wait. */
  now?: () => number;
  /** How often a JVM this process did not start itself (a reused one) is checked for life. */
  pollMs?: number;
}

/** The next wait: doubled after each quick failure, capped, reset after a long enough run. */
export function nextDelay(previousMs: number | null, upForMs: number, backoff: Backoff): number {
  if (previousMs === null || upForMs >= backoff.resetAfterMs) return backoff.initialMs;
  return Math.min(backoff.maxMs, previousMs * 2);
}

export class Neo4jSupervisor {
  state: SupervisedState = "starting";
  /** Restarts done since the first start. */
  restarts = 0;
  private current: RunningNeo4j | null = null;
  private startedAt = 0;
  private delay: number | null = null;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private readonly log: (line: string) => void;
  private readonly backoff: Backoff;
  private readonly now: () => number;

  constructor(private readonly opts: SupervisorOptions) {
    this.log = opts.log ?? ((line) => process.stderr.write(`${line}\n`));
    this.backoff = opts.backoff ?? DEFAULT_BACKOFF;
    this.now = opts.now ?? Date.now;
  }

  /** The first start: its errors reach the caller (the app then fails with one clear line). */
  async start(): Promise<RunningNeo4j> {
    const running = await this.opts.start();
    this.adopt(running);
    return running;
  }

  /** The running instance (null while restarting). */
  get running(): RunningNeo4j | null {
    return this.state === "up" ? this.current : null;
  }

  private adopt(running: RunningNeo4j): void {
    this.current = running;
    this.state = "up";
    this.startedAt = this.now();
    this.loop = this.exitOf(running).then(() => this.onExit(running));
  }

  private exitOf(running: RunningNeo4j): Promise<void> {
    if (running.exited) return running.exited;
    // A reused JVM (started by `zonegraph neo4j start`) is not our child: watch its pid.
    return new Promise((resolve) => {
      const timer = setInterval(() => {
        if (this.state === "stopped" || !isAlive(running.pid)) {
          clearInterval(timer);
          resolve();
        }
      }, this.opts.pollMs ?? 1000);
      timer.unref();
    });
  }

  private async onExit(running: RunningNeo4j): Promise<void> {
    if (this.state === "stopped" || this.current !== running) return;
    this.state = "restarting";
    this.current = null;
    const upFor = this.now() - this.startedAt;
    this.log(`Neo4j (pid ${running.pid}) exited after ${Math.round(upFor / 1000)} s: restarting it.`);
    this.delay = nextDelay(this.delay, upFor, this.backoff);
    while (this.state === "restarting") {
      await this.sleep(this.delay);
      if (this.state !== "restarting") return;
      try {
        const next = await this.opts.start();
        if (this.state !== "restarting") {
          await next.stop();
          return;
        }
        this.restarts += 1;
        this.log(`Neo4j is up again (pid ${next.pid}, restart ${this.restarts}).`);
        this.adopt(next);
        return;
      } catch (error) {
        this.delay = nextDelay(this.delay, 0, this.backoff);
        this.log(
          `Neo4j restart failed: ${(error as Error).message.split("\n")[0]}; next attempt in ${this.delay / 1000} s.`,
        );
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }

  /** Stops supervising, then stops the instance if this process started it. */
  async stop(): Promise<void> {
    const current = this.current;
    this.state = "stopped";
    this.wake?.();
    await current?.stop();
    await this.loop;
  }
}
