/**
 * The supervisor's restart logic with a fake Neo4j (its process exits when the test says so). The
 * real JVM being SIGKILLed under traffic is tests/integration/server/neo4j/supervisor.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { RunningNeo4j } from "../../../../server/neo4j/embedded";
import { type Backoff, Neo4jSupervisor, nextDelay } from "../../../../server/neo4j/supervisor";

const backoff: Backoff = { initialMs: 10, maxMs: 40, resetAfterMs: 1000 };

/** A fake start(): each call is one "JVM" whose exit the test triggers; failures can be queued. */
function fakeNeo4j() {
  const exits: (() => void)[] = [];
  const stopped: number[] = [];
  const failures: string[] = [];
  let calls = 0;
  const start = async (): Promise<RunningNeo4j> => {
    calls += 1;
    const failure = failures.shift();
    if (failure) throw new Error(failure);
    const pid = 1000 + calls;
    let exit = () => {};
    const exited = new Promise<void>((resolve) => {
      exit = resolve;
    });
    exits.push(exit);
    const stop = async () => {
      stopped.push(pid);
      exit();
    };
    return {
      uri: "bolt://127.0.0.1:1",
      credentials: { user: "u", password: "p" },
      pid,
      reused: false,
      exited,
      stop,
    };
  };
  return { start, exits, stopped, failures, calls: () => calls };
}

async function until(check: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not reached");
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe("nextDelay", () => {
  it("starts at initialMs, doubles on quick failures, caps at maxMs, resets after a long run", () => {
    expect(nextDelay(null, 0, backoff)).toBe(10);
    expect(nextDelay(10, 5, backoff)).toBe(20);
    expect(nextDelay(20, 5, backoff)).toBe(40);
    expect(nextDelay(40, 5, backoff)).toBe(40);
    expect(nextDelay(40, 1000, backoff)).toBe(10);
  });
});

describe("Neo4jSupervisor", () => {
  it("restarts Neo4j after it exits, and again after a second exit", async () => {
    const neo = fakeNeo4j();
    const lines: string[] = [];
    const sup = new Neo4jSupervisor({ start: neo.start, backoff, log: (l) => lines.push(l) });
    const first = await sup.start();
    expect(sup.state).toBe("up");
    expect(sup.running?.pid).toBe(first.pid);

    neo.exits[0]?.();
    await until(() => sup.state === "restarting");
    expect(sup.running).toBeNull();
    await until(() => sup.state === "up");
    expect(sup.restarts).toBe(1);
    expect(sup.running?.pid).toBe(1002);

    neo.exits[1]?.();
    await until(() => sup.restarts === 2);
    expect(sup.running?.pid).toBe(1003);
    expect(lines.filter((l) => l.includes("exited"))).toHaveLength(2);
    await sup.stop();
    expect(neo.stopped).toEqual([1003]);
  });

  it("keeps trying with growing waits while starts fail, then recovers", async () => {
    const neo = fakeNeo4j();
    const lines: string[] = [];
    const sup = new Neo4jSupervisor({ start: neo.start, backoff, log: (l) => lines.push(l) });
    await sup.start();
    neo.failures.push("port busy", "port busy", "port busy");
    neo.exits[0]?.();
    await until(() => sup.state === "up" && sup.restarts === 1);
    expect(neo.calls()).toBe(5);
    const waits = lines.filter((l) => l.includes("restart failed")).map((l) => /in ([\d.]+) s/.exec(l)?.[1]);
    expect(waits).toEqual(["0.02", "0.04", "0.04"]);
    await sup.stop();
  });

  it("stop() during a restart wait starts nothing more and leaves no instance running", async () => {
    const neo = fakeNeo4j();
    const sup = new Neo4jSupervisor({
      start: neo.start,
      backoff: { initialMs: 10_000, maxMs: 10_000, resetAfterMs: 60_000 },
      log: () => {},
    });
    await sup.start();
    neo.exits[0]?.();
    await until(() => sup.state === "restarting");
    const t0 = Date.now();
    await sup.stop();
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(sup.state).toBe("stopped");
    expect(neo.calls()).toBe(1);
  });

  it("the first start's error reaches the caller", async () => {
    const neo = fakeNeo4j();
    neo.failures.push("Java 17+ is required");
    const sup = new Neo4jSupervisor({ start: neo.start, backoff, log: () => {} });
    await expect(sup.start()).rejects.toThrow("Java 17+ is required");
  });
});
