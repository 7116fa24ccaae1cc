import { describe, expect, it } from "vitest";
import { corridorAbbreviations } from "../../../../../server/extract/entities/corridor-abbreviations";
import { ports } from "../../../../../server/extract/entities/ports";
import { idsBy } from "../../../../support/rules";

// Runs after overlap resolution: a port or a line whose name goes on as a station's or a railway body's.
describe("stations and railway bodies named after a port or a line (entities/station-names.ts)", () => {
  it("drops a port whose name continues as a station's", () => {
    expect(idsBy([ports], "班列从钦州港东站驶出。")).not.toContain("Port:钦州港");
    expect(idsBy([ports], "货物运抵泸州港站后装船。")).not.toContain("Port:泸州港");
    // a station word with its kind before it (集装箱中心站), not a platform (站台)
    expect(idsBy([ports], "货物运抵钦州港集装箱中心站后分拨。")).not.toContain("Port:钦州港");
  });

  it("drops a crossing read inside its station's name (口岸站) and keeps the port itself", () => {
    expect(idsBy([ports], "一批棉纱今晨运抵霍尔果斯口岸站。")).not.toContain("Port:霍尔果斯口岸");
    expect(idsBy([ports], "货物在石岭港火车站换装。")).not.toContain("Port:石岭港");
    expect(idsBy([ports], "货物经钦州港转运东盟。")).toContain("Port:钦州港");
  });

  it("keeps a zone before 站 used as a verb or a noun (新区站在, 新区站位)", () => {
    expect(idsBy([], "两江新区站在新的起点上谋划发展。")).toContain("DevZone:两江新区");
    expect(idsBy([], "贵安新区站位高远，统筹推进各项改革。")).toContain("DevZone:贵安新区");
  });

  it("drops a line whose name continues as a station's or a railway company's", () => {
    const ids = [
      ...idsBy([corridorAbbreviations], "工人们在中吉乌铁路东站装卸集装箱。"),
      ...idsBy([corridorAbbreviations], "记者从青藏铁路公司拉萨车站了解到运量上升。"),
    ];
    expect(ids.filter((id) => id.startsWith("Corridor:"))).toEqual([]);
  });
});
