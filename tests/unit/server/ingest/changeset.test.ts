import { describe, expect, it } from "vitest";
import { buildChangeSet, type ExistingState } from "../../../../server/ingest/changeset";
import { decodeFile } from "../../../../server/ingest/decode/index";
import { extractUpload } from "../../../../server/ingest/extract";

const TEXT = "乌鲁木齐片区位于乌鲁木齐市。\n喀什片区对接中巴经济走廊。";

async function setup() {
  const decoded = await decodeFile("a.txt", new TextEncoder().encode(TEXT), { maxBytes: 1e6 });
  const extraction = extractUpload(decoded, { title: "t" });
  const { text: _t, ...rest } = decoded;
  return { decoded: rest, extraction };
}

const empty = (): ExistingState => ({ entities: new Set(), edges: new Set(), similar: [], claims: [] });

describe("buildChangeSet", () => {
  it("splits relations into new ones and new evidence for stored ones", async () => {
    const { decoded, extraction } = await setup();
    const existing = empty();
    existing.entities.add("Area:乌鲁木齐片区");
    existing.edges.add("LOCATED_IN:Area:乌鲁木齐片区->City:乌鲁木齐");
    const cs = buildChangeSet(decoded, extraction, existing);
    expect(cs.newEvidence.map((e) => e.id)).toEqual(["LOCATED_IN:Area:乌鲁木齐片区->City:乌鲁木齐"]);
    expect(cs.newRelations.map((e) => e.id)).toContain("ON_CORRIDOR:Area:喀什片区->Corridor:中巴经济走廊");
    expect(cs.newEntities.map((e) => e.id)).not.toContain("Area:乌鲁木齐片区");
    expect(cs.newEntities.map((e) => e.id)).toContain("Area:喀什片区");
    expect(cs.newEvidence[0]?.evidence[0]).toMatchObject({
      start: 0,
      quote: expect.stringMatching(/^乌鲁木齐片区/),
    });
    expect(cs.missingMetadata).toEqual(["author", "date", "kind"]);
  });

  it("lists candidate merges only for entities that are new, and conflicting claims with both values", async () => {
    const { decoded, extraction } = await setup();
    const existing = empty();
    existing.entities.add("City:乌鲁木齐");
    existing.similar = [
      {
        id: "Area:喀什经济开发区片区",
        candidate: "Area:喀什片区",
        name: "喀什经济开发区片区",
        reason: "same name",
      },
      { id: "City:乌鲁木齐市", candidate: "City:乌鲁木齐", name: "乌鲁木齐市", reason: "same name" },
    ];
    extraction.graph.claims.push({
      id: "claim:x",
      subject: "Area:喀什片区",
      predicate: "area_km2",
      value: 12,
      unit: "km2",
      asOf: "2026",
      statedYear: 2026,
      evidence: [{ doc: "d", passage: "p", start: 0, end: 4, quote: "喀什片区", method: "pattern" }],
      properties: {},
    });
    existing.claims = [
      { id: "claim:old", subject: "Area:喀什片区", predicate: "area_km2", asOf: "2026", value: 10 },
      { id: "claim:same", subject: "Area:喀什片区", predicate: "area_km2", asOf: "2026", value: 12 },
      { id: "claim:other-year", subject: "Area:喀什片区", predicate: "area_km2", asOf: "2025", value: 9 },
    ];
    const cs = buildChangeSet(decoded, extraction, existing);
    expect(cs.candidateMerges).toEqual([
      {
        id: "Area:喀什片区",
        name: "喀什片区",
        existing: "Area:喀什经济开发区片区",
        existingName: "喀什经济开发区片区",
        reason: "same name",
      },
    ]);
    expect(cs.conflictingClaims).toEqual([
      expect.objectContaining({
        subject: "Area:喀什片区",
        value: 12,
        existingValue: 10,
        existingClaim: "claim:old",
      }),
    ]);
  });
});
