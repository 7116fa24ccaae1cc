import { describe, expect, it } from "vitest";
import {
  countZones,
  datedScene,
  eventsOn,
  tickIndexFor,
  timelineTicks,
  timeSummary,
} from "../../../../client/src/views/timeModel";
import type { DatedSubgraph, TimelineResponse } from "../../../../contracts/views";

const timeline: TimelineResponse = {
  documents: [],
  events: [
    { date: "2023-01-01", kind: "document", id: "doc:a", label: "Report 2023" },
    { date: "2013-09-29", kind: "established", id: "FreeTradeZone:上海", label: "上海" },
    { date: "2026-01-01", kind: "document", id: "doc:b", label: "Commentary" },
    { date: "2023-01-01", kind: "claim", id: "c1", label: "ftz_count 21" },
  ],
  range: { from: "2013-09-29", to: "2026-01-01" },
};

const ev = {
  doc: "doc:a",
  docTitle: "Report 2023",
  docDate: "2023",
  passage: "p1",
  start: 0,
  end: 2,
  quote: "21",
  method: "pattern" as const,
};

function dated(): DatedSubgraph {
  return {
    window: { from: null, to: "2023-12-31" },
    documents: [{ id: "doc:a", title: "Report 2023", date: "2023", interval: null }],
    zones: [
      { id: "Z:a", name: "A", nameEn: null, status: "established", established: "2013", evidence: [ev] },
      { id: "Z:b", name: "B", nameEn: null, status: "established", established: "2015", evidence: [ev] },
      { id: "Z:c", name: "C", nameEn: null, status: "applied", established: null, evidence: [ev] },
    ],
    zoneCount: {
      id: "c1",
      subject: "Country:中国",
      predicate: "ftz_count",
      value: 21,
      unit: "个",
      asOf: "2023",
      knownFrom: "2023-01-01",
      evidence: [ev],
    },
    graph: {
      nodes: [
        { key: "Z:a", attributes: { type: "FreeTradeZone", name: "A", label: "A", nameEn: null } },
        { key: "Z:m", attributes: { type: "FreeTradeZone", name: "M", label: "M", nameEn: null } },
        { key: "P:x", attributes: { type: "Province", name: "X", label: "X", nameEn: null } },
      ],
      edges: [{ key: "e1", source: "Z:a", target: "P:x", attributes: { type: "LOCATED_IN" } }],
    },
    truncated: false,
  };
}

describe("timeline stops", () => {
  it("are the distinct event dates in order", () => {
    expect(timelineTicks(timeline)).toEqual(["2013-09-29", "2023-01-01", "2026-01-01"]);
  });
  it("snap a date to the last stop on or before it", () => {
    const ticks = timelineTicks(timeline);
    expect(tickIndexFor(ticks, "2023-12-31")).toBe(1);
    expect(tickIndexFor(ticks, "2026-01-01")).toBe(2);
    expect(tickIndexFor(ticks, "2000-01-01")).toBe(0);
  });
  it("list the events of a stop", () => {
    expect(eventsOn(timeline, "2023-01-01").map((e) => e.id)).toEqual(["doc:a", "c1"]);
  });
});

describe("datedScene", () => {
  it("gives every zone node a status and adds listed zones the entity cap left out", () => {
    const g = datedScene(dated());
    const status = Object.fromEntries(g.nodes.map((n) => [n.key, n.attributes.status]));
    expect(status).toEqual({
      "Z:a": "established",
      "Z:m": "mentioned",
      "P:x": undefined,
      "Z:b": "established",
      "Z:c": "applied",
    });
    expect(g.edges).toHaveLength(1);
  });
  it("makes the canvas count of established zones equal the API's list", () => {
    const d = dated();
    const counts = countZones(datedScene(d).nodes.map((n) => n.attributes));
    expect(counts).toEqual({ established: 2, applied: 1, mentioned: 1 });
    expect(counts.established).toBe(timeSummary(d).established.length);
  });
});

describe("timeSummary", () => {
  it("splits zones by status and keeps the stated count with its sentence", () => {
    const s = timeSummary(dated());
    expect(s.date).toBe("2023-12-31");
    expect(s.established.map((z) => z.id)).toEqual(["Z:a", "Z:b"]);
    expect(s.applied.map((z) => z.id)).toEqual(["Z:c"]);
    expect(s.stated?.value).toBe(21);
    expect(s.stated?.evidence[0]?.quote).toBe("21");
  });
});
