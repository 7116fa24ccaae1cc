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

  it("leaves a port whose name holds its city to the name", () => {
    expect(relationsBy([provincePorts], "货物经内蒙古二连浩特铁路口岸出境。")).toEqual([]);
  });
});
