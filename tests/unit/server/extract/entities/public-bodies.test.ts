import { describe, expect, it } from "vitest";
import { publicBodies } from "../../../../../server/extract/entities/public-bodies";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule public-bodies", () => {
  it("reads place-led public bodies", () => {
    expect(mentionsBy([publicBodies], "江西省人民政府与南昌大学签署合作协议。")).toEqual([
      "Organization:江西省人民政府@江西省人民政府",
      "Organization:南昌大学@南昌大学",
    ]);
  });

  it("keeps a government body's unit written right after it, and no clause after it", () => {
    const orgs = (t: string) => mentionsBy([publicBodies], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("湖北省人民政府办公厅印发通知。")).toEqual([
      "Organization:湖北省人民政府办公厅@湖北省人民政府办公厅",
    ]);
    expect(orgs("德阳市人民政府政务服务中心开放窗口。")).toEqual([
      "Organization:德阳市人民政府政务服务中心@德阳市人民政府政务服务中心",
    ]);
    expect(orgs("郑州市人民政府与企业签约。")).toEqual(["Organization:郑州市人民政府@郑州市人民政府"]);
    expect(orgs("郑州市人民政府将在年内出台办法。")).toEqual(["Organization:郑州市人民政府@郑州市人民政府"]);
  });
});

describe("public bodies: China before a catalogued national body, and an office after a department", () => {
  it("reads 中国国家发展和改革委员会 as the catalogued national body, not a longer name", () => {
    const ms = mentionsBy([publicBodies], "中国国家发展和改革委员会发布通知。");
    expect(ms).toContain("Organization:国家发展改革委@国家发展和改革委员会");
    expect(ms.some((m) => m.startsWith("Organization:中国国家"))).toBe(false);
  });

  it("keeps an office written right after a department (商务厅口岸办), not 办理", () => {
    expect(mentionsBy([publicBodies], "甘肃省商务厅外事办发布消息。")).toContain(
      "Organization:甘肃省商务厅外事办@甘肃省商务厅外事办",
    );
    expect(mentionsBy([publicBodies], "甘肃省商务厅办理了手续。")).toContain(
      "Organization:甘肃省商务厅@甘肃省商务厅",
    );
  });
});
