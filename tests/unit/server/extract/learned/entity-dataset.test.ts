import { afterEach, describe, expect, it } from "vitest";
import type { Gold } from "../../../../../server/extract/evaluate";
import { extractDocument } from "../../../../../server/extract/index";
import {
  learnedEntityLayerFromEnv,
  setLearnedEntityLayer,
} from "../../../../../server/extract/learned/entity-classify";
import {
  documentOffset,
  type EntityRecord,
  entityProbe,
  labelEntities,
} from "../../../../../server/extract/learned/entity-dataset";

// An invented document (a quoted service name no rule reads) and an invented annotation of it.
const TEXT = "甲乙公司开行“丙丁戊快线”。\n\n“己庚辛快线”也已开通。";
const GOLD: Gold = {
  scope: [{ doc: "t", whole: true }],
  entities: [{ doc: "t", id: "Corridor:丙丁戊快线", quote: "丙丁戊快线" }],
  relations: [],
};

function probed() {
  const records: EntityRecord[] = [];
  setLearnedEntityLayer(entityProbe(records));
  const graph = extractDocument("t.txt", TEXT);
  setLearnedEntityLayer(null);
  return { graph, records };
}

describe("training data of the learned entity layer", () => {
  afterEach(() => setLearnedEntityLayer(learnedEntityLayerFromEnv()));

  it("records every passage's candidates at the hook, adding no name", () => {
    const { graph, records } = probed();
    expect(records.map((r) => r.norm)).toEqual(["甲乙公司开行“丙丁戊快线”。", "“己庚辛快线”也已开通。"]);
    expect(graph.mentions.map((m) => m.node)).not.toContain("Corridor:丙丁戊快线");
    const quoted = records.flatMap((r) => r.cands.filter((c) => c.features.includes("src:quote")));
    expect(quoted.map((c) => c.ids.Corridor)).toEqual(["Corridor:丙丁戊快线", "Corridor:己庚辛快线"]);
  });

  it("labels a candidate positive for the types whose id its document's annotation holds, in scope only", () => {
    const { graph, records } = probed();
    const got = labelEntities(graph, records, [GOLD]).filter((c) => c.features.includes("src:quote"));
    expect(got.map((c) => [TEXT.slice(c.start, c.start + c.ce - c.cs), c.positive])).toEqual([
      ["丙丁戊快线", ["Corridor"]],
      ["己庚辛快线", []],
    ]);
    const partial: Gold = { ...GOLD, scope: [{ doc: "t", from: "己庚辛" }] };
    const inScope = labelEntities(graph, records, [partial]).filter((c) => c.features.includes("src:quote"));
    expect(inScope.map((c) => c.ids.Corridor)).toEqual(["Corridor:己庚辛快线"]);
  });

  it("places a name of the normalised passage in its document", () => {
    const p = { id: "p", doc: "doc:t", start: 100, end: 110, text: "ａ 甲乙，丙丁", clean: "ａ 甲乙,丙丁" };
    expect(documentOffset(p, "a 甲乙,丙丁", 5, 7)).toBe(105);
  });
});
