import { describe, expect, it } from "vitest";
import { ports } from "../../../../../server/extract/entities/ports";
import { dropStationPorts } from "../../../../../server/extract/entities/station-ports";
import type { Mention } from "../../../../../server/extract/entities/types";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("station ports", () => {
  it("drops a port read inside a station's name", () => {
    expect(mentionsBy([ports], "班列从蓝湾港东站驶出，经白沙口岸站出境。")).toEqual([]);
    expect(mentionsBy([ports], "货物在石岭港火车站换装。")).toEqual([]);
  });

  it("keeps a port followed by anything else", () => {
    expect(mentionsBy([ports], "班列抵达蓝湾港后换装。").filter((m) => m.startsWith("Port:蓝湾港"))).toEqual([
      "Port:蓝湾港@蓝湾港",
    ]);
  });

  it("changes the list in place and leaves other types alone", () => {
    const out: Mention[] = [
      { id: "City:蓝湾", cs: 0, ce: 2, method: "pattern", parts: [] },
      { id: "Port:蓝湾港", cs: 0, ce: 3, method: "pattern", parts: [] },
    ];
    dropStationPorts("蓝湾港站", out);
    expect(out.map((m) => m.id)).toEqual(["City:蓝湾"]);
  });
});
