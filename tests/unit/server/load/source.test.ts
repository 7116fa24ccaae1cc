import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { type GraphRecord, linesOf, sourceFromFile, sourceFromGraph } from "../../../../server/load/source";
import { ndjsonLines } from "../../../support/ndjson";

const fixtureFile = path.join(__dirname, "../../../fixtures/loader/graph.json");
const fixture = JSON.parse(fs.readFileSync(fixtureFile, "utf8"));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-source-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function all(records: AsyncIterable<GraphRecord>) {
  const out: GraphRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}

describe("graph sources", () => {
  it("a JSON file streamed gives exactly the records of the parsed file, in order", async () => {
    const fromFile = await all(sourceFromFile(fixtureFile).records());
    const fromMemory = await all(sourceFromGraph(fixture).records());
    expect(fromFile).toEqual(fromMemory);
    expect(fromFile.length).toBe(
      fixture.documents.length +
        fixture.passages.length +
        fixture.nodes.length +
        fixture.edges.length +
        fixture.mentions.length +
        fixture.claims.length +
        fixture.problems.length,
    );
    const source = sourceFromFile(fixtureFile);
    await all(source.records());
    expect(source.version()).toBe(1);
  });

  it("NDJSON gives the same records, keyed by kind, and names the line of a bad one", async () => {
    const file = path.join(dir, "g.ndjson");
    const lines = ndjsonLines(fixture);
    fs.writeFileSync(file, `${lines.join("\n")}\n`);
    const records = await all(sourceFromFile(file).records());
    expect(records.map((r) => r.item)).toEqual(
      (await all(sourceFromGraph(fixture).records())).map((r) => r.item),
    );
    fs.writeFileSync(path.join(dir, "bad.ndjson"), '{"version":1}\n{"node": {"id": "x"}}\n{"planet": {}}\n');
    await expect(all(sourceFromFile(path.join(dir, "bad.ndjson")).records())).rejects.toThrow(
      /line 3: expected one key of document/,
    );
    fs.writeFileSync(path.join(dir, "broken.ndjson"), '{"node": {"id": "x"}\n');
    await expect(all(sourceFromFile(path.join(dir, "broken.ndjson")).records())).rejects.toThrow(
      /line 1: not valid JSON/,
    );
  });

  it("a truncated JSON file fails instead of yielding a partial graph silently", async () => {
    const text = fs.readFileSync(fixtureFile, "utf8");
    fs.writeFileSync(path.join(dir, "cut.json"), text.slice(0, Math.floor(text.length / 2)));
    await expect(all(sourceFromFile(path.join(dir, "cut.json")).records())).rejects.toThrow();
  });

  it("splits a file into lines exactly as readline does, across its 1 MB reads", {
    timeout: 60_000,
  }, async () => {
    // "\r\n", a lone "\r", empty lines, multi-byte characters and a "\r\n" on the 1 MB boundaries.
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 3.2 * 2 ** 20; i++) {
      const line = `{"node": {"id": "自贸区-${i}", "pad": "${"x".repeat(i % 97)}"}}`;
      const end = ["\n", "\r\n", "\r", "\n\n"][i % 4] as string;
      parts.push(line + end);
      size += Buffer.byteLength(line + end);
    }
    let text = parts.join("");
    const mb = 2 ** 20;
    // Put a "\r\n" astride the first read's end, then a 3-byte character astride the second's.
    text = `${"a".repeat(mb - 1)}\r\n${"中".repeat(Math.floor(mb / 3))}\n${text}last line`;
    const file = path.join(dir, "lines.ndjson");
    fs.writeFileSync(file, text);
    const expected: string[] = [];
    for await (const line of readline.createInterface({
      input: fs.createReadStream(file),
      crlfDelay: Infinity,
    }))
      expected.push(line);
    const got: string[] = [];
    for await (const lines of linesOf(file)) got.push(...lines);
    expect(got.length).toBe(expected.length);
    expect(got).toEqual(expected);
    // The checksum reads the same chunks (one reused buffer): the file's SHA-256 all the same.
    const sha = createHash("sha256").update(fs.readFileSync(file)).digest("hex");
    expect(await sourceFromFile(file).checksum()).toBe(sha);
  });

  it("an NDJSON record carries its line as text, and a bad line is named", async () => {
    const file = path.join(dir, "text.ndjson");
    fs.writeFileSync(file, '{"version": 1}\r\n{"node": {"id": "a"}}\n\n{"edge": 1, "node": 2}\n');
    const source = sourceFromFile(file);
    const it = source.records()[Symbol.asyncIterator]();
    expect((await it.next()).value).toEqual({
      section: "nodes",
      item: { id: "a" },
      where: "line 2",
      text: '{"node": {"id": "a"}}',
    });
    await expect(it.next()).rejects.toThrow(/line 4: expected one key of/);
    expect(source.version()).toBe(1);
  });
});
