import { describe, expect, it } from "vitest";
import { BatchBytes, RowBytes } from "../../../../server/load/csvBatchBytes";

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

  it("RowBytes: ready-made lines, each with its newline and end offset, growing past its first buffer", () => {
    const rows = new RowBytes();
    const lines = ['"上海","a",1', "长".repeat(300_000), '"b""c"'];
    for (let i = 0; i < 2000; i++) lines.push(`"行${i}"`);
    for (const l of lines) rows.add(l);
    const taken = rows.take();
    const text = Buffer.from(taken.rows.buffer, taken.rows.byteOffset, taken.rowsLength).toString("utf8");
    expect(text).toBe(`${lines.join("\n")}\n`);
    expect(taken.rowEnds.length).toBe(lines.length);
    let end = 0;
    const ends = lines.map((l) => (end += Buffer.byteLength(l) + 1));
    expect([...taken.rowEnds]).toEqual(ends);
    expect(taken.rowEnds[lines.length - 1]).toBe(taken.rowsLength);
    // Taking starts a new, empty batch, whose (empty) bytes are an array of their own.
    const empty = rows.take();
    expect(empty.rowsLength).toBe(0);
    expect(empty.rows.buffer).not.toBe(taken.rows.buffer);
    rows.add("x");
    const next = rows.take();
    expect(Buffer.from(next.rows.buffer, 0, next.rowsLength).toString()).toBe("x\n");
  });
});
