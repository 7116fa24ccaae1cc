import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractCorpus } from "../../../../server/extract/index";
import { decodeBytes, parseManifest } from "../../../../server/extract/load";

// "中国（新疆）自由贸易试验区挂牌成立。" in GB18030 (GBK range).
const GB = [
  0xd6, 0xd0, 0xb9, 0xfa, 0xa3, 0xa8, 0xd0, 0xc2, 0xbd, 0xae, 0xa3, 0xa9, 0xd7, 0xd4, 0xd3, 0xc9, 0xc3, 0xb3,
  0xd2, 0xd7, 0xca, 0xd4, 0xd1, 0xe9, 0xc7, 0xf8, 0xb9, 0xd2, 0xc5, 0xc6, 0xb3, 0xc9, 0xc1, 0xa2, 0xa1, 0xa3,
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zonegraph-extract-"));
  writeFileSync(join(dir, "good.txt"), "中国（广西）自由贸易试验区崇左片区依托友谊关口岸推进跨境合作。\n");
  writeFileSync(
    join(dir, "binary.txt"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03, 0x00, 0xff]),
  );
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "gbk.txt"), Buffer.from(GB));
  writeFileSync(join(dir, "numbers.txt"), "1 2 3\n4.5 6,7 89%\n2024 2025\n");
  writeFileSync(join(dir, "huge.txt"), "");
  truncateSync(join(dir, "huge.txt"), 50 * 1024 * 1024); // sparse: 50 MB without writing them
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bad input", () => {
  it("reports each bad file by name and still extracts the others", async () => {
    const g = await extractCorpus(dir);
    const byFile = (f: string) => g.problems.filter((p) => p.file === f);
    expect(byFile("binary.txt")[0]?.message).toMatch(/binary/);
    expect(byFile("empty.txt")[0]?.message).toMatch(/empty/);
    expect(byFile("numbers.txt")[0]?.message).toMatch(/only numbers/);
    expect(byFile("huge.txt")[0]?.message).toMatch(/limit/);
    expect(byFile("gbk.txt")[0]?.severity).toBe("warning");
    expect(byFile("gbk.txt")[0]?.message).toMatch(/gb18030/);
    const files = g.documents.map((d) => d.file).sort();
    expect(files).toEqual(["gbk.txt", "good.txt"]);
    expect(g.documents.find((d) => d.file === "gbk.txt")?.encoding).toBe("gb18030");
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(ids.has("FreeTradeZone:中国（新疆）自由贸易试验区")).toBe(true);
    expect(
      g.edges.some((e) => e.id === "PART_OF:Area:崇左片区->FreeTradeZone:中国（广西）自由贸易试验区"),
    ).toBe(true);
    // a document without a manifest row takes its first line as title
    expect(g.documents.find((d) => d.file === "good.txt")?.title).toContain("崇左片区");
  });

  it("honours a custom size limit", async () => {
    const g = await extractCorpus(dir, { maxFileBytes: 10 });
    expect(g.problems.some((p) => p.file === "good.txt" && /limit/.test(p.message))).toBe(true);
  });

  it("decodes UTF-8 first and falls back to GB18030", () => {
    expect(decodeBytes(Buffer.from("自贸区", "utf8"))?.encoding).toBe("utf-8");
    expect(decodeBytes(Buffer.from(GB))?.text).toBe("中国（新疆）自由贸易试验区挂牌成立。");
  });

  it("parses MANIFEST.tsv by header names", () => {
    const m = parseManifest(
      "file\ttitle\tauthor_or_publisher\tdate\tkind\tnotes\na.txt\tT\tA\t2023\tnews\tn\n",
    );
    expect(m.get("a.txt")).toEqual({
      file: "a.txt",
      title: "T",
      author: "A",
      date: "2023",
      kind: "news",
      notes: "n",
    });
  });
});
