import { describe, expect, it } from "vitest";
import { compactScene, expandScene } from "../../../client/src/model/sharedScene";
import { decodeState, encodeState } from "../../../client/src/model/urlstate";

const nodes = ["Province:甘肃省", "FreeTradeZone:中国（甘肃）自由贸易试验区", "Country:中亚"];
const pos: Record<string, { x: number; y: number }> = {
  "Province:甘肃省": { x: 1.234567, y: -20.5 },
  "FreeTradeZone:中国（甘肃）自由贸易试验区": { x: 300.111, y: 4 },
  "Country:中亚": { x: -7, y: 0.004 },
};
const edges = [
  {
    key: "APPLIES_FOR:Province:甘肃省->FreeTradeZone:中国（甘肃）自由贸易试验区",
    source: nodes[0] as string,
    target: nodes[1] as string,
    type: "APPLIES_FOR",
  },
  {
    key: "CO_OCCURS:Province:甘肃省->Country:中亚",
    source: nodes[0] as string,
    target: nodes[2] as string,
    type: "CO_OCCURS",
  },
  { key: "5:abc:77", source: nodes[2] as string, target: nodes[0] as string, type: "LINKS" },
];

describe("shared scene (exact positions, edges, camera)", () => {
  it("round-trips positions to 0.01, the exact edge set and the camera through a share hash", () => {
    const compact = compactScene(nodes, (n) => pos[n] as { x: number; y: number }, edges, {
      x: 0.5,
      y: 0.4,
      ratio: 0.8,
      angle: 0,
    });
    const hash = encodeState(
      {
        nodes,
        hiddenTypes: [],
        selected: null,
        query: null,
        corridor: null,
        lang: "zh",
        style: { colourBy: "pagerank", sizeBy: "degree" },
      },
      { compact },
    );
    const d = decodeState(hash);
    expect([...(d?.scene?.edges ?? [])].sort()).toEqual(edges.map((e) => e.key).sort());
    for (const n of nodes) {
      const got = d?.scene?.positions.get(n);
      expect(Math.abs((got?.x ?? Number.NaN) - (pos[n]?.x ?? 0))).toBeLessThanOrEqual(0.005);
      expect(Math.abs((got?.y ?? Number.NaN) - (pos[n]?.y ?? 0))).toBeLessThanOrEqual(0.005);
    }
    expect(d?.scene?.camera).toEqual({ x: 0.5, y: 0.4, ratio: 0.8, angle: 0 });
    expect(d?.style).toEqual({ colourBy: "pagerank", sizeBy: "degree" });
  });

  it("drops malformed parts of an untrusted link instead of failing", () => {
    const s = expandScene(["a", "b"], {
      p: [1, "x", 3, 4],
      e: [[0, 9, 0], "junk", [0, 1, 0]],
      et: ["T"],
      cam: [1, 2, -1, 0],
    });
    expect([...(s?.positions.keys() ?? [])]).toEqual(["b"]);
    expect([...(s?.edges ?? [])]).toEqual(["T:a->b"]);
    expect(s?.camera).toBeNull();
    expect(expandScene(["a"], {})).toBeNull();
  });
});
