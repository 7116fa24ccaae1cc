import { describe, expect, it } from "vitest";
import { provincePorts } from "../../../../../server/extract/relations/province-ports";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule province-ports", () => {
  it("locates a port written right after its city and province in each of them", () => {
    expect(relationsBy([provincePorts], "货车抵达广西凭祥友谊关口岸。")).toEqual([
      "LOCATED_IN:Port:友谊关口岸->City:凭祥",
      "LOCATED_IN:Port:友谊关口岸->Province:广西壮族自治区",
    ]);
  });

  it("locates a port whose name holds its city in the province right before it only", () => {
    expect(relationsBy([provincePorts], "货物经内蒙古二连浩特铁路口岸出境。")).toEqual([
      "LOCATED_IN:Port:二连浩特铁路口岸->Province:内蒙古自治区",
    ]);
    expect(relationsBy([provincePorts], "集装箱经广西钦州港出海。")).toEqual([
      "LOCATED_IN:Port:钦州港->Province:广西壮族自治区",
    ]);
    // (unless the catalog puts the port's city in another province)
    expect(relationsBy([provincePorts], "集装箱经广东钦州港出海。")).toEqual([]);
  });
});
