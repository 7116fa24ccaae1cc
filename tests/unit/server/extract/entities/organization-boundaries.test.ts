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

  it("starts a name after 接受 of an interview and after 由 of an agent", () => {
    const trim = (norm: string, name: string) => {
      const cs = norm.indexOf(name);
      const ms: Mention[] = [
        { id: `Organization:${name}`, cs, ce: cs + name.length, method: "pattern", parts: [] },
      ];
      trimOrganizations(norm, ms, new Names(loadCatalog()));
      return ms.map((m) => norm.slice(m.cs, m.ce));
    };
    expect(trim("厂长周明接受青禾日报记者采访。", "接受青禾日报")).toEqual(["青禾日报"]);
    expect(trim("研讨会由东江大学海洋研究院主持。", "研讨会由东江大学海洋研究院")).toEqual([
      "东江大学海洋研究院",
    ]);
  });

  it("keeps 由 inside 自由, 理由, 缘由, 经由 and before 于 (names that hold them stay whole)", () => {
    const trim = (norm: string, name: string) => {
      const ms: Mention[] = [
        { id: `Organization:${name}`, cs: 0, ce: name.length, method: "pattern", parts: [] },
      ];
      trimOrganizations(norm, ms, new Names(loadCatalog()));
      return ms.map((m) => norm.slice(m.cs, m.ce));
    };
    expect(trim("青禾自由贸易港管理局发布公告。", "青禾自由贸易港管理局")).toEqual(["青禾自由贸易港管理局"]);
    expect(trim("南江经由港口管理委员会成立。", "南江经由港口管理委员会")).toEqual([
      "南江经由港口管理委员会",
    ]);
    expect(trim("东岭理由研究会成立。", "东岭理由研究会")).toEqual(["东岭理由研究会"]);
    expect(trim("北川由于港务局发布通知。", "北川由于港务局")).toEqual(["北川由于港务局"]);
  });

  it("reads no byline name that holds a reporter's title (某网记者某某 in a chain)", () => {
    const ids = idsBy([mediaOutlets], "青禾网讯(南江日报-青禾网记者周明 通讯员李华)货量增长。");
    expect(ids.some((id) => id.includes("记者"))).toBe(false);
  });
});
