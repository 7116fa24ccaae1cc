import { describe, expect, it } from "vitest";
import type { EdgeDetail } from "../../../../contracts/api";
import { rankEvidenceRows, relationshipIds } from "../../../../server/queries/rankedEvidence";
import type { NamedQueryResult } from "../../../../server/queries/run";

const COLUMNS = ["relationship", "from", "to", "quote", "relationshipId"];
const stored = (ids: string[]): NamedQueryResult => ({
  query: "relationship_evidence",
  params: {},
  columns: COLUMNS,
  rows: ids.map((id, i) => ({
    relationship: "PART_OF",
    from: "a",
    to: "b",
    quote: `q${i}`,
    relationshipId: id,
  })),
  truncated: false,
  elapsedMs: 1,
});

function detail(id: string, quotes: string[], hidden: number): EdgeDetail {
  const end = (name: string) => ({ id: `X:${name}`, name, nameEn: null, type: "Area" });
  return {
    id,
    type: "PART_OF",
    source: end("a"),
    target: end("b"),
    confidence: 0.9,
    properties: {},
    evidence: quotes.map((quote, i) => ({
      doc: "d1",
      docTitle: "文一",
      docDate: "2024-01-01",
      passage: `p${i}`,
      start: i * 10,
      end: i * 10 + 5,
      quote,
      method: "pattern" as const,
      sentence: `${quote}。`,
      endsNamed: 2 - i,
      ...(i === 0 ? { alsoIn: [{ doc: "d2", docTitle: "文二", docDate: "2023-01-01" }] } : {}),
    })),
    hiddenEvidence: hidden,
  };
}

describe("relationshipIds", () => {
  it("lists each relationship once, in the order of the rows", () => {
    expect(relationshipIds(stored(["r2", "r1", "r2", "r1"]).rows)).toEqual(["r2", "r1"]);
  });
});

describe("rankEvidenceRows", () => {
  it("replaces the stored quotes by the edge details' ranked evidence, in its order", async () => {
    const asked: string[][] = [];
    const details = new Map<string, EdgeDetail>([
      ["r1", detail("r1", ["best", "second"], 1)],
      ["r2", detail("r2", ["only"], 0)],
    ]);
    const res = await rankEvidenceRows(stored(["r1", "r1", "r1", "r1", "r1", "r2"]), async (ids) => {
      asked.push(ids);
      return details;
    });
    // One call for every relationship of the rows, each once, in the order they first appear.
    expect(asked).toEqual([["r1", "r2"]]);
    expect(res.rows.map((r) => [r.relationshipId, r.quote, r.endsNamed])).toEqual([
      ["r1", "best", 2],
      ["r1", "second", 1],
      ["r2", "only", 2],
    ]);
    expect(res.rows[0]).toMatchObject({
      document: "文一",
      date: "2024-01-01",
      sentence: "best。",
      alsoIn: "文二",
    });
    // 6 stored quotes: 3 shown, 1 heading or fragment hidden, 2 duplicates collapsed.
    expect([res.hidden, res.collapsed]).toEqual([1, 2]);
    expect(res.columns).toEqual([...COLUMNS, "endsNamed", "alsoIn"]);
  });

  it("names a relationship the details no longer have", async () => {
    const res = rankEvidenceRows(stored(["r1", "r2"]), async () => new Map([["r1", detail("r1", ["a"], 0)]]));
    await expect(res).rejects.toThrow(/No relationship with id "r2"/);
  });

  it("gives no rows when the query found no relationship", async () => {
    const res = await rankEvidenceRows(stored([]), async () => {
      throw new Error("not asked");
    });
    expect([res.rows, res.hidden, res.collapsed]).toEqual([[], 0, 0]);
  });
});
