import { describe, expect, it } from "vitest";
import { taiwanBodies } from "../../../../../server/extract/entities/taiwan-bodies";
import { mentionsBy } from "../../../../support/rules";

const orgs = (text: string) => mentionsBy([taiwanBodies], text).filter((m) => m.startsWith("Organization:"));

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule taiwan-bodies", () => {
  it("reads Taiwan's bodies named with no place before them, as written", () => {
    expect(orgs("國發會昨天公布報告，立法院下週審查預算，陸委會則未回應。")).toEqual(
      expect.arrayContaining([
        "Organization:国发会@國發會",
        "Organization:立法院@立法院",
        "Organization:陆委会@陸委會",
      ]),
    );
  });

  it("reads a unit written right after the body as one organisation", () => {
    expect(orgs("经济部标准检验局今天表示，新规定下月实施。")).toEqual([
      "Organization:经济部标准检验局@经济部标准检验局",
    ]);
    expect(orgs("他曾任立法院交通委员会召委。")).toEqual(["Organization:立法院交通委员会@立法院交通委员会"]);
  });

  it("reads the body of a minister's title written in one word with it", () => {
    expect(orgs("国科会主委与经济部长昨天出访。")).toEqual([
      "Organization:国科会@国科会",
      "Organization:经济部@经济部",
    ]);
  });

  it("reads no body after a place or another body, nor a unit across a clause", () => {
    expect(orgs("法国经济部发布数据。某联络办经济部副部长出席。")).toEqual([]);
    expect(orgs("行政院会议通过后，经济部将与各局协调。").filter((m) => m.includes("局"))).toEqual([]);
  });
});
