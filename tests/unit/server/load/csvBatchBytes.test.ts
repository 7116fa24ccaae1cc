import { describe, expect, it } from "vitest";
import { BatchBytes } from "../../../../server/load/csvBatchBytes";

const text = (b: { bytes: Uint8Array; length: number }) =>
  Buffer.from(b.bytes.buffer, b.bytes.byteOffset, b.length).toString("utf8");

describe("BatchBytes", () => {
  it("encodes the records' texts as one UTF-8 JSON array, growing past its first buffer", () => {
    const batch = new BatchBytes();
    const long = JSON.stringify({ node: { id: "x", name: "自".repeat(400_000) } });
    const records = ['{"node":{"id":"上海"}}', long, '{"edge":{"id":"e\\"1"}}'];
    for (const r of records) batch.add(r);
    expect(batch.records).toBe(3);
    expect(JSON.parse(text(batch.take()))).toEqual(records.map((r) => JSON.parse(r)));
    // Taking starts a new, empty batch.
    expect(batch.records).toBe(0);
    batch.add('{"node":{"id":"a"}}');
    expect(text(batch.take())).toBe('[{"node":{"id":"a"}}]');
  });

  it("an empty batch is an empty array", () => {
    expect(text(new BatchBytes().take())).toBe("[]");
  });
});
