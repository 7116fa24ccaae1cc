import { describe, expect, it } from "vitest";
import { chainFocus, zoneRoutes } from "../../../client/src/model/corridors";
import { createSceneGraph, mergeSubgraph } from "../../../client/src/model/scene";
import { CorridorZonesResponse } from "../../../contracts/api";

const ZONE = "FreeTradeZone:中国（内蒙古）自由贸易试验区";
const OTHER = "FreeTradeZone:中国（黑龙江）自由贸易试验区";
const CMR = "Corridor:中蒙俄经济走廊";
const AREA = "Area:二连浩特片区";
const PROVINCE = "Province:内蒙古自治区";
const DIRECT = `ON_CORRIDOR:${ZONE}->${CMR}`;

const node = (key: string, type: string) => ({
  key,
  attributes: { type, label: key.split(":")[1] ?? key, name: key.split(":")[1] ?? key, nameEn: null },
});
const edge = (type: string, source: string, target: string) => ({
  key: `${type}:${source}->${target}`,
  source,
  target,
  attributes: { type, confidence: 0.9, evidenceCount: 1 },
});
const step = (type: string, from: string, to: string) => ({
  edge: `${type}:${from}->${to}`,
  type,
  from,
  to,
  evidence: [],
});
const zoneRef = (id: string) => ({ id, name: id.split(":")[1] ?? id, nameEn: null });

/** The shape /api/corridors/:id/zones returns for 中蒙俄经济走廊 on the corpus (chains zone → corridor). */
const res = CorridorZonesResponse.parse({
  corridor: { id: CMR, name: "中蒙俄经济走廊", nameEn: null, zoneCount: 2, directCount: 1 },
  links: [
    {
      zone: zoneRef(ZONE),
      directness: "direct",
      rank: 1,
      explanation: "zone → corridor",
      chain: [step("ON_CORRIDOR", ZONE, CMR)],
    },
    {
      zone: zoneRef(ZONE),
      directness: "area",
      rank: 2,
      explanation: "zone → Area → corridor",
      chain: [step("PART_OF", AREA, ZONE), step("ON_CORRIDOR", AREA, CMR)],
    },
    {
      zone: zoneRef(ZONE),
      directness: "province",
      rank: 5,
      explanation: "zone → Province → corridor",
      chain: [step("LOCATED_IN", ZONE, PROVINCE), step("ON_CORRIDOR", PROVINCE, CMR)],
    },
    {
      zone: zoneRef(OTHER),
      directness: "province",
      rank: 5,
      explanation: "zone → Province → corridor",
      chain: [step("LOCATED_IN", OTHER, "Province:黑龙江省"), step("ON_CORRIDOR", "Province:黑龙江省", CMR)],
    },
  ],
  graph: {
    nodes: [
      node(CMR, "Corridor"),
      node(ZONE, "FreeTradeZone"),
      node(AREA, "Area"),
      node(PROVINCE, "Province"),
      node(OTHER, "FreeTradeZone"),
      node("Province:黑龙江省", "Province"),
    ],
    edges: [
      edge("ON_CORRIDOR", ZONE, CMR),
      edge("PART_OF", AREA, ZONE),
      edge("ON_CORRIDOR", AREA, CMR),
      edge("LOCATED_IN", ZONE, PROVINCE),
      edge("ON_CORRIDOR", PROVINCE, CMR),
      edge("LOCATED_IN", OTHER, "Province:黑龙江省"),
      edge("ON_CORRIDOR", "Province:黑龙江省", CMR),
    ],
  },
});

describe("corridor highlights", () => {
  it("a zone's routes hold its direct ON_CORRIDOR edge and every chain, and nothing of other zones", () => {
    const f = zoneRoutes(res, ZONE);
    expect(f.edges).toContain(DIRECT);
    expect(f.edges.sort()).toEqual(
      [
        DIRECT,
        `PART_OF:${AREA}->${ZONE}`,
        `ON_CORRIDOR:${AREA}->${CMR}`,
        `LOCATED_IN:${ZONE}->${PROVINCE}`,
        `ON_CORRIDOR:${PROVINCE}->${CMR}`,
      ].sort(),
    );
    expect(f.nodes.sort()).toEqual([AREA, CMR, PROVINCE, ZONE].sort());
    expect(zoneRoutes(res, OTHER).edges).not.toContain(DIRECT);
  });

  it("one chain: the zone, the corridor and its steps", () => {
    const area = res.links[1];
    if (!area) throw new Error("fixture");
    expect(chainFocus(CMR, area)).toEqual({
      nodes: [ZONE, CMR, AREA],
      edges: [`PART_OF:${AREA}->${ZONE}`, `ON_CORRIDOR:${AREA}->${CMR}`],
    });
  });

  it("every highlighted edge is a key of the scene graph once the response is merged", () => {
    const g = createSceneGraph();
    mergeSubgraph(g, res.graph);
    for (const link of res.links)
      for (const e of zoneRoutes(res, link.zone.id).edges) expect(g.hasEdge(e), e).toBe(true);
  });
});
