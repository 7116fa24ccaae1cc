import { describe, expect, it } from "vitest";
import { runIngest } from "../../../../server/ingest/runner";
import { makePdf } from "../../../support/documents";

describe("runIngest in a worker thread", () => {
  it("decodes and extracts off the main thread, which keeps serving timers meanwhile", async () => {
    const pdf = await makePdf(["乌鲁木齐片区位于乌鲁木齐市。"]);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const progress: number[] = [];
    const outcomes = await runIngest(
      [
        { name: "a.pdf", bytes: new Uint8Array(pdf) },
        { name: "b.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]) },
      ],
      {},
      { maxBytes: 1e7, onProgress: (_f, done) => progress.push(done) },
    );
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(3);
    expect(progress).toEqual([1]);
    const [a, b] = outcomes;
    expect(a?.ok && a.extraction.graph.edges.map((e) => e.id)).toEqual([
      "LOCATED_IN:Area:乌鲁木齐片区->City:乌鲁木齐",
    ]);
    expect(b).toMatchObject({ ok: false, file: "b.png", reason: "unknown-type", status: 415 });
  }, 120_000);

  it("ends a worker that passes its deadline", async () => {
    const pdf = await makePdf(["乌鲁木齐片区位于乌鲁木齐市。"]);
    await expect(
      runIngest([{ name: "a.pdf", bytes: new Uint8Array(pdf) }], {}, { maxBytes: 1e7, deadlineMs: 1 }),
    ).rejects.toThrow(/took longer than 0.001 s; stopped/);
  }, 60_000);
});
