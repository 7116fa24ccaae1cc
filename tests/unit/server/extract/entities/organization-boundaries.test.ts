import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { customsAndCompanies } from "../../../../../server/extract/entities/customs-and-companies";
import { governmentBodies } from "../../../../../server/extract/entities/government-bodies";
import { mediaOutlets } from "../../../../../server/extract/entities/media-outlets";
import { Names } from "../../../../../server/extract/entities/names";
import { trimOrganizations } from "../../../../../server/extract/entities/organization-boundaries";
import type { Mention } from "../../../../../server/extract/entities/types";
import { idsBy } from "../../../../support/rules";

// Runs after overlap resolution on the bodies the pattern rules found.
describe("clause words read into a body's name (entities/organization-boundaries.ts)", () => {
  it("starts a company's name after a leading 据", () => {
    const norm = "据星河远航物流股份有限公司介绍,班列每周两列。";
    const ms: Mention[] = [
      { id: "Organization:据星河远航物流股份有限公司", cs: 0, ce: 13, method: "pattern", parts: [] },
    ];
    trimOrganizations(norm, ms, new Names(loadCatalog()));
    expect(ms.map((m) => [m.id, norm.slice(m.cs, m.ce)])).toEqual([
      ["Organization:星河远航物流股份有限公司", "星河远航物流股份有限公司"],
    ]);
  });

  it("starts a name after a clause verb (告诉, 欢迎)", () => {
    const media = idsBy([mediaOutlets], "站长李明告诉青禾日报记者,货量增长三成。");
    expect(media.some((id) => id.includes("告诉"))).toBe(false);
    const bodies = idsBy([customsAndCompanies], "该国欢迎远帆航运集团参与港口建设。");
    expect(bodies.some((id) => id.includes("欢迎"))).toBe(false);
  });

  it("drops what names no particular body after the cut (第三个政府)", () => {
    const ids = idsBy([governmentBodies], "这是新加坡第三个政府间合作项目。");
    expect(ids.some((id) => id.startsWith("Organization:") && id.includes("第三个"))).toBe(false);
  });
});
