import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { extractCorpus } from "../../../../../server/extract/index";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";

/** Extracts the texts as one corpus, in this order, and returns what was read in the document holding `of`. */
async function readIn(texts: string[], of: string): Promise<{ mentions: string[]; relations: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "zonegraph-names-"));
  try {
    texts.forEach((t, i) => {
      writeFileSync(join(dir, `d${i}.txt`), t);
    });
    const g = await extractCorpus(dir);
    const doc = g.documents.find((d) => d.text === of)?.id;
    const mentions = g.mentions
      .filter((m) => m.doc === doc)
      .map((m) => `${m.node}@${of.slice(m.start, m.end)}`);
    const relations = g.edges
      .filter((e) => e.type !== "CO_OCCURS" && e.evidence.some((v) => v.doc === doc))
      .map((e) => e.id);
    return { mentions: [...new Set(mentions)].sort(), relations: relations.sort() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("names found by a pattern are the document's own", () => {
  // A names a railway inside a company's name; B names the railway alone, where its name says which
  // provinces it joins: what B says must not depend on A being read first
  const a = "中国铁路湘桂铁路集团公司为企业提供运力保障。";
  const b = "一批机电产品经湘桂铁路运往东盟。";

  it("reads a document the same alone, after another document and before it", async () => {
    const alone = await readIn([b], b);
    expect(alone.mentions).toEqual(
      expect.arrayContaining(["Corridor:湘桂铁路@湘桂铁路", "Province:湖南省@湘"]),
    );
    expect(await readIn([a, b], b)).toEqual(alone);
    expect(await readIn([b, a], b)).toEqual(alone);
  });

  it("keeps every document's names in the graph", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zonegraph-names-"));
    try {
      writeFileSync(join(dir, "d0.txt"), a);
      writeFileSync(join(dir, "d1.txt"), b);
      const ids = (await extractCorpus(dir)).nodes.map((n) => n.id);
      expect(ids).toEqual(
        expect.arrayContaining(["Organization:中国铁路湘桂铁路集团公司", "Corridor:湘桂铁路"]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("forgets the last document's names when a new one starts", () => {
    const rec = new Recognizer(loadCatalog());
    rec.startDocument(a);
    rec.recognize(normalize(a));
    expect(rec.cat.resolve("中国铁路湘桂铁路集团公司")).toBe("Organization:中国铁路湘桂铁路集团公司");
    rec.startDocument(b);
    expect(rec.cat.resolve("中国铁路湘桂铁路集团公司")).toBeUndefined();
    expect(rec.catalog.resolve("中国铁路湘桂铁路集团公司")).toBeUndefined();
    expect([...rec.cat.ownEntities()]).toEqual([]);
  });
});

describe("place names inside a string (Names.placesIn, startsWithPlace)", () => {
  const n = new Recognizer(loadCatalog());

  it("reads the longest place names left to right, and the one that opens a string", () => {
    expect(n.placesIn("从内蒙古运往青岛").map((p) => [p.start, p.end, p.id])).toEqual([
      [1, 4, "Province:内蒙古自治区"],
      [6, 8, "City:青岛"],
    ]);
    expect(n.startsWithPlace("内蒙古青禾物流公司")).toEqual({ id: "Province:内蒙古自治区", len: 3 });
    expect(n.startsWithPlace("从内蒙古运往青岛")).toBeNull();
    expect(n.startsWithPlace("")).toBeNull();
  });
});

describe("company names that hold a verb of visiting (name-boundaries visitVerbs, not strong stops)", () => {
  const orgs = async (s: string) =>
    (await readIn([s], s)).mentions.filter((m) => m.startsWith("Organization:"));

  it("reads the whole company name when it holds 走进, 考察 or 访问", async () => {
    expect(await orgs("宁波走进非洲贸易有限公司签约。")).toContain(
      "Organization:宁波走进非洲贸易有限公司@宁波走进非洲贸易有限公司",
    );
    expect(await orgs("昆明考察旅行社有限公司开业。")).toContain(
      "Organization:昆明考察旅行社有限公司@昆明考察旅行社有限公司",
    );
    expect(await orgs("杭州访问科技有限公司发布新品。")).toContain(
      "Organization:杭州访问科技有限公司@杭州访问科技有限公司",
    );
  });
});
