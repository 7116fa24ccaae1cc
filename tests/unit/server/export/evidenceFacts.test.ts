import { describe, expect, it } from "vitest";
import { edgeEvidenceFacts } from "../../../../server/export/evidenceFacts";
import type { Provenance } from "../../../../server/repositories/fragments";

const SENTENCE = "广西自由贸易试验区对接RCEP规则，先行先试相关开放措施。";
const prov: Provenance = {
  docs: new Map([["d1", { title: "文一", date: "2024-01-01" }]]),
  passages: new Map([
    ["p1", { start: 0, text: SENTENCE }],
    ["p2", { start: 100, text: "第三章 对外开放" }],
    ["p3", { start: 200, text: SENTENCE }],
  ]),
};
const ev = {
  docs: ["d1", "d1", "d1"],
  passages: ["p1", "p2", "p3"],
  starts: [0, 100, 200],
  ends: [10, 108, 210],
  quotes: ["对接RCEP规则", "对外开放", "对接RCEP规则"],
  methods: ["pattern", "pattern", "table"],
};
const ends = [
  { id: "FreeTradeZone:广西", names: ["广西自由贸易试验区"] },
  { id: "Agreement:RCEP", names: ["RCEP"] },
];

describe("edgeEvidenceFacts", () => {
  it("counts the shown evidence (heading out, same sentence collapsed) and its methods", () => {
    const f = edgeEvidenceFacts(
      { type: "LOCATED_IN", ev, stage: null, sourceType: "FreeTradeZone", ends },
      prov,
    );
    expect(f.evidenceCount).toBe(1);
    // The table row ranks before the pattern match of the same sentence, so it is the one kept.
    expect(f.methods).toEqual(["table"]);
    expect(f.stage).toBeNull();
  });

  it("gives an ALIGNS_WITH its stage: stored when it can hold, else read from the sentences", () => {
    const row = { type: "ALIGNS_WITH", ev, stage: null, sourceType: "FreeTradeZone", ends };
    expect(edgeEvidenceFacts(row, prov).stage).toBe("pilots");
    expect(edgeEvidenceFacts({ ...row, stage: "signed", sourceType: "Country" }, prov).stage).toBe("signed");
    // A zone does not sign a treaty: that stored stage cannot hold, the sentences decide.
    expect(edgeEvidenceFacts({ ...row, stage: "signed" }, prov).stage).toBe("pilots");
  });

  it("has nothing to count without evidence", () => {
    const f = edgeEvidenceFacts(
      { type: "ALIGNS_WITH", ev: null, stage: null, sourceType: "Country", ends },
      prov,
    );
    expect(f).toEqual({ evidenceCount: 0, methods: [], stage: "aligned" });
  });
});
