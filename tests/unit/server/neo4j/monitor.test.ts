/** Neo4jMonitor (server/neo4j/monitor.ts) with a fake probe: when Neo4j is called down and up again. */
import { describe, expect, it } from "vitest";
import { Neo4jMonitor } from "../../../../server/neo4j/monitor";

function probeOf(results: ("ok" | "fail" | "hang")[]) {
  return async () => {
    const r = results.shift() ?? "ok";
    if (r === "fail") throw new Error("ECONNREFUSED");
    if (r === "hang") await new Promise((resolve) => setTimeout(resolve, 1000));
  };
}

describe("Neo4jMonitor", () => {
  it("is down after two failed probes in a row, and up again at the first answer", async () => {
    const lines: string[] = [];
    const m = new Neo4jMonitor(probeOf(["ok", "fail", "fail", "fail", "ok"]), { log: (l) => lines.push(l) });
    expect(await m.check()).toBe(true);
    expect(await m.check()).toBe(true);
    expect(await m.check()).toBe(false);
    expect(await m.check()).toBe(false);
    expect(await m.check()).toBe(true);
    expect(lines).toEqual(["Neo4j does not answer: 503 until it does.", "Neo4j answers again."]);
  });

  it("one missed probe between answers does not call Neo4j down", async () => {
    const m = new Neo4jMonitor(probeOf(["fail", "ok", "fail", "ok"]));
    for (let i = 0; i < 4; i++) expect(await m.check()).toBe(true);
  });

  it("counts a probe slower than its timeout as a failure", async () => {
    const m = new Neo4jMonitor(probeOf(["hang", "hang"]), { timeoutMs: 20, failuresToDown: 2 });
    const t0 = Date.now();
    await m.check();
    expect(await m.check()).toBe(false);
    expect(Date.now() - t0).toBeLessThan(900);
  });

  it("while down, needs a prompt answer to be up again (a slow one keeps it down)", async () => {
    const slow = async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
    };
    let probe: () => Promise<void> = async () => {
      throw new Error("down");
    };
    const m = new Neo4jMonitor(() => probe(), { timeoutMs: 1000, downTimeoutMs: 20, failuresToDown: 1 });
    expect(await m.check()).toBe(false);
    probe = slow;
    expect(await m.check()).toBe(false);
    probe = async () => {};
    expect(await m.check()).toBe(true);
    probe = slow;
    expect(await m.check()).toBe(true);
  });

  it("while down, doubles the time it allows after each slow probe, so a Neo4j that answers slowly is up again", async () => {
    let probe: () => Promise<void> = async () => {
      throw new Error("down");
    };
    const m = new Neo4jMonitor(() => probe(), { timeoutMs: 1000, downTimeoutMs: 20, failuresToDown: 1 });
    expect(await m.check()).toBe(false);
    expect(m.limit()).toBe(20);
    // A cold Neo4j on a busy machine: every answer takes 70 ms.
    probe = () => new Promise((resolve) => setTimeout(resolve, 70));
    expect(await m.check()).toBe(false); // 20 ms allowed
    expect(m.limit()).toBe(40);
    expect(await m.check()).toBe(false); // 40 ms allowed
    expect(m.limit()).toBe(80);
    expect(await m.check()).toBe(true); // 80 ms allowed
    expect(m.limit()).toBe(1000);
  });

  it("never allows more than its up timeout while down, and starts again from the short limit after an error", async () => {
    let probe: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 200));
    const m = new Neo4jMonitor(() => probe(), { timeoutMs: 50, downTimeoutMs: 20, failuresToDown: 1 });
    expect(await m.check()).toBe(false);
    for (let i = 0; i < 4; i++) await m.check();
    expect(m.limit()).toBe(50);
    probe = async () => {
      throw new Error("ECONNREFUSED");
    };
    expect(await m.check()).toBe(false);
    expect(m.limit()).toBe(20);
  });

  it("probes on its own once started, faster while Neo4j is down, and stops", async () => {
    let calls = 0;
    const m = new Neo4jMonitor(
      async () => {
        calls += 1;
        throw new Error("down");
      },
      { intervalMs: 5, downIntervalMs: 5, failuresToDown: 1 },
    );
    m.start();
    await new Promise((r) => setTimeout(r, 100));
    m.stop();
    expect(m.up).toBe(false);
    expect(calls).toBeGreaterThan(3);
    const after = calls;
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toBe(after);
  });
});
