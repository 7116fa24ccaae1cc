import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CsvFile } from "../../../../server/load/csvFile";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-csvfile-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a bulk CSV output file", () => {
  it("writes every line in order, UTF-8, across buffer flushes and for lines longer than the buffer", () => {
    const file = path.join(dir, "a.csv");
    const out = new CsvFile(file, "h:ID");
    const lines: string[] = [];
    let bytes = 0;
    for (let i = 0; i < 200_000; i++) {
      const line = `"行${i}","${"字".repeat(i % 50)}",${i}`;
      lines.push(line);
      bytes += out.line(line);
    }
    const long = "长".repeat(3 << 20);
    lines.push(long);
    bytes += out.line(long);
    out.close();
    const text = fs.readFileSync(file, "utf8");
    expect(text).toBe(`h:ID\n${lines.join("\n")}\n`);
    expect(bytes).toBe(Buffer.byteLength(text) - Buffer.byteLength("h:ID\n"));
  });
});
