import { describe, expect, it } from "vitest";
import { portKindLists } from "../../../../../server/extract/entities/port-kind-lists";
import { ports } from "../../../../../server/extract/entities/ports";
import { mentionsBy } from "../../../../support/rules";

const portsOf = (text: string) =>
  mentionsBy([ports, portKindLists], text).filter((m) => m.startsWith("Port:"));

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule port-kind-lists", () => {
  it("reads ports of several kinds after one city, its 市 left out of the names", () => {
    expect(portsOf("物流园位于黑河市公路口岸、铁路口岸和航空口岸之间。")).toEqual([
      "Port:黑河公路口岸@黑河市公路口岸",
      "Port:黑河铁路口岸@铁路口岸",
      "Port:黑河航空口岸@航空口岸",
    ]);
    expect(portsOf("珲春市铁路口岸与公路口岸联动发展。")).toEqual([
      "Port:珲春铁路口岸@珲春市铁路口岸",
      "Port:珲春公路口岸@公路口岸",
    ]);
  });

  it("reads kinds sharing one 口岸 (某地铁路、公路口岸)", () => {
    expect(portsOf("绥芬河铁路、公路口岸货运量双双增长。")).toEqual([
      "Port:绥芬河铁路口岸@绥芬河铁路",
      "Port:绥芬河公路口岸@公路口岸",
    ]);
  });

  it("takes an unseen base from the first port read before the run", () => {
    expect(portsOf("某溪公路口岸和水运口岸今年客流大增。")).toEqual([
      "Port:某溪公路口岸@某溪公路口岸",
      "Port:某溪水运口岸@水运口岸",
    ]);
  });

  it("reads no port where no city or port leads the run", () => {
    expect(portsOf("全省铁路口岸、公路口岸和航空口岸共计二十个。")).toEqual([]);
    expect(portsOf("该市铁路、公路、航空口岸均已开放。")).toEqual([]);
    expect(portsOf("黑河市拥有公路口岸、水运口岸和航空口岸。")).toEqual([]);
    expect(portsOf("黑河公路、铁路建设大会战全面展开。")).toEqual([]);
  });
});
