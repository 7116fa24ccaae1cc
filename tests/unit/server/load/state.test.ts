import os from "node:os";
import { describe, expect, it } from "vitest";
import { HEARTBEAT_STALE_MS, isLive, type LoadRecord, readinessOf } from "../../../../server/load/state";

const load = (over: Partial<LoadRecord>): LoadRecord => ({
  id: "l1",
  source: "g.json",
  checksum: "x",
  reset: false,
  status: "running",
  startedAt: new Date().toISOString(),
  heartbeatAt: new Date().toISOString(),
  finishedAt: null,
  host: os.hostname(),
  pid: process.pid,
  message: null,
  ...over,
});

describe("readiness from the latest load", () => {
  it("is ready only when the latest load finished, or when none ever ran", () => {
    expect(readinessOf({ load: load({ status: "done" }), documents: 5 })).toBe("ready");
    expect(readinessOf({ load: null, documents: 5 })).toBe("ready");
    expect(readinessOf({ load: null, documents: 0 })).toBe("empty");
    expect(readinessOf({ load: load({ status: "failed" }), documents: 5 })).toBe("incomplete");
  });

  it("a running load is loading while its process lives, incomplete once it is gone", () => {
    expect(readinessOf({ load: load({}), documents: 0 })).toBe("loading");
    // A pid far above pid_max names no process on this host.
    expect(readinessOf({ load: load({ pid: 2 ** 30 }), documents: 0 })).toBe("incomplete");
  });

  it("on another host, a running load is judged by its heartbeat", () => {
    const now = Date.now();
    const other = { host: `${os.hostname()}-elsewhere`, pid: 1 };
    expect(isLive(load({ ...other, heartbeatAt: new Date(now - 1000).toISOString() }), now)).toBe(true);
    expect(
      isLive(load({ ...other, heartbeatAt: new Date(now - HEARTBEAT_STALE_MS - 1).toISOString() }), now),
    ).toBe(false);
  });
});
