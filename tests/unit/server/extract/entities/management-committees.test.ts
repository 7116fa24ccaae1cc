import { describe, expect, it } from "vitest";
import { areas } from "../../../../../server/extract/entities/areas";
import { managementCommittees } from "../../../../../server/extract/entities/management-committees";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule management-committees", () => {
  it("reads the committee of an area found by an earlier rule", () => {
    expect(mentionsBy([areas, managementCommittees], "赣州片区管理委员会发布公告。")).toEqual([
      "Organization:赣州片区管理委员会@赣州片区管理委员会",
    ]);
  });
});
