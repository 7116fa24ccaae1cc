import { describe, expect, it } from "vitest";
import { roleSectors } from "../../../../../server/extract/entities/role-sectors";
import { extractDocument } from "../../../../../server/extract/index";
import { hasEdge } from "../../../../support/extracted";
import { idsBy } from "../../../../support/rules";

// Invented sentences: the sector of a role the subject builds (打造…中心/枢纽/基地).
describe("entity rule role-sectors", () => {
  it("reads the sector of a built role, dropping its modifiers", () => {
    const ids = idsBy([roleSectors], "着力打造区域性冷链物流枢纽，建设跨境电商基地。", false);
    expect(ids).toEqual(["Industry:冷链物流", "Industry:跨境电商"]);
  });

  it("reads no sector from roles of opening, cooperation or services", () => {
    expect(idsBy([roleSectors], "打造开放合作中心，建设综合服务基地。", false)).toEqual([]);
  });

  it("gives the role's sector to the area of the heading several lines up", () => {
    const text = "赣州片区的建设重点\n近年来，当地着力打造区域性冷链物流枢纽。";
    const g = extractDocument("role.txt", text);
    expect(hasEdge(g, "FOCUSES_ON:Area:赣州片区->Industry:冷链物流")).toBe(true);
  });
});
