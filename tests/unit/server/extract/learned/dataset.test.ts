import { afterEach, describe, expect, it } from "vitest";
import type { Gold } from "../../../../../server/extract/evaluate";
import { extractDocument } from "../../../../../server/extract/index";
import { learnedLayerFromEnv, setLearnedLayer } from "../../../../../server/extract/learned/classify";
import {
  labelled,
  type PassageRecord,
  passagesOf,
  probe,
  schemaOf,
} from "../../../../../server/extract/learned/dataset";

// An invented document and an invented annotation of it.
const TEXT = "湖南省，长沙，欧洲。\n\n四川省积极融入西部陆海新通道。";
const GOLD: Gold = {
  scope: [{ doc: "t", whole: true }],
  entities: [],
  relations: [
    { doc: "t", type: "LOCATED_IN", source: "City:长沙", target: "Province:湖南省", quote: "湖南省，长沙" },
    { doc: "t", type: "LOCATED_IN", source: "City:成都", target: "Province:四川省", quote: "-" },
    { doc: "t", type: "COOPERATES_WITH", source: "Province:湖南省", target: "Country:欧洲", quote: "-" },
  ],
};

function probed(text: string) {
  const records: PassageRecord[] = [];
  setLearnedLayer(probe(records));
  const graph = extractDocument("t.txt", text);
  setLearnedLayer(null);
  return { graph, records };
}

describe("training data of the learned layer", () => {
  // back to the default of the environment (the files of the unit tier share one module graph)
  afterEach(() => setLearnedLayer(learnedLayerFromEnv()));

  it("counts the annotated schema (relation type, source type, target type)", () => {
    expect(schemaOf([GOLD])).toEqual([
      { type: "COOPERATES_WITH", source: "Province", target: "Country", count: 1 },
      { type: "LOCATED_IN", source: "City", target: "Province", count: 2 },
    ]);
  });

  it("records every passage at the hook and pairs it with its passage", () => {
    const { graph, records } = probed(TEXT);
    expect(records.map((r) => r.norm)).toEqual(["湖南省,长沙,欧洲。", "四川省积极融入西部陆海新通道。"]);
    expect(records[1]?.typed.map((r) => r.type)).toEqual(["ON_CORRIDOR"]);
    expect(passagesOf(graph, records).map((p) => p.start)).toEqual([0, 12]);
    expect(() => passagesOf(graph, records.slice(1))).toThrow(/probe saw 1 passages, the graph has 2/);
  });

  it("labels the untyped pairs' candidates and the rules' relations from the annotation of their document, inside its scope only", () => {
    const { graph, records } = probed(TEXT);
    const schema = schemaOf([GOLD]);
    const window = { maxClauses: 9, maxDistance: 100 };
    const got = labelled(graph, records, [GOLD], schema, window).map(
      (c) => `${c.label} ${c.type}:${c.source}->${c.target}`,
    );
    expect(got).toEqual([
      "1 LOCATED_IN:City:长沙->Province:湖南省",
      "1 COOPERATES_WITH:Province:湖南省->Country:欧洲",
      "0 ON_CORRIDOR:Province:四川省->Corridor:西部陆海新通道",
    ]);
    const rule = labelled(graph, records, [GOLD], schema, window).find((c) => c.type === "ON_CORRIDOR");
    expect(rule?.rule).toBe(0);
    expect(rule?.features).toContain("rule:ON_CORRIDOR>|btw:corridor:融入");
    const partial: Gold = { ...GOLD, scope: [{ doc: "t", from: "四川省" }] };
    expect(labelled(graph, records, [partial], schema, window).map((c) => c.type)).toEqual(["ON_CORRIDOR"]);
  });
});
