import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { extractDocument } from "../../../../../server/extract/index";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";

// Invented sentences; the development zones a whole document's mentions name.
const zones = (text: string) => [
  ...new Set(
    extractDocument("t.txt", text)
      .mentions.map((m) => m.node)
      .filter((id) => id.startsWith("DevZone:")),
  ),
];

describe("zone-later-forms: a zone written shorter after its full name", () => {
  it("joins a park's later form without its bracketed place, its 区 or its leading province", () => {
    expect(zones("中泰(南宁)产业园今年签约十个项目。中泰产业园成立以来发展迅速。")).toEqual([
      "DevZone:中泰(南宁)产业园",
    ]);
    expect(zones("中越崇左产业园区揭牌。中越崇左产业园已有企业二十家。")).toEqual([
      "DevZone:中越崇左产业园区",
    ]);
    expect(zones("湖北襄阳侨商工业园正式开园。襄阳侨商工业园由侨资企业集中建设。")).toEqual([
      "DevZone:湖北襄阳侨商工业园",
    ]);
  });

  it("joins a short name declared in brackets after the zone", () => {
    expect(
      zones("会议在宝鸡农业高新技术产业示范区（下称宝鸡示范区）召开。宝鸡示范区将新建三个基地。"),
    ).toEqual(["DevZone:宝鸡农业高新技术产业示范区"]);
  });

  it("keeps a shorter name written before the full one, and zones of other names, apart", () => {
    expect(zones("中泰产业园筹建多年。中泰(南宁)产业园今年签约十个项目。")).toEqual([
      "DevZone:中泰产业园",
      "DevZone:中泰(南宁)产业园",
    ]);
    expect(zones("中越崇左产业园区揭牌。中越凭祥产业园已有企业二十家。")).toEqual([
      "DevZone:中越崇左产业园区",
      "DevZone:中越凭祥产业园",
    ]);
  });

  it("joins no form two zones of the document share (中某(甲市)产业园 and 中某(乙市)产业园 … 中某产业园)", () => {
    const found = zones("中泰(钦州)产业园与中泰(玉林)产业园同日揭牌。中泰产业园的招商政策由两市共同制定。");
    expect(found).toContain("DevZone:中泰(钦州)产业园");
    expect(found).toContain("DevZone:中泰(玉林)产业园");
    expect(found).toContain("DevZone:中泰产业园");
  });
});

// release 26, round mendmain26h: the shorter form joined is kept per document, not written into the catalog
describe("zone-later-forms: the joined form as the zone's alias", () => {
  const text = "中缅(瑞丽)产业园举行签约仪式。中缅产业园将引进二十家企业。";

  it("keeps the joined form in the document's memory, not in its layer of the catalog", () => {
    const rec = new Recognizer(loadCatalog());
    rec.startDocument(text);
    for (const s of text.split("。")) rec.recognize(normalize(s));
    expect([...(rec.doc.joinedForms().get("DevZone:中缅(瑞丽)产业园") ?? [])]).toEqual(["中缅产业园"]);
    expect(rec.cat.get("DevZone:中缅(瑞丽)产业园")?.aliases ?? []).not.toContain("中缅产业园");
  });

  it("still gives the graph the joined form as the zone's alias", () => {
    const node = extractDocument("t.txt", text).nodes.find((x) => x.id === "DevZone:中缅(瑞丽)产业园");
    expect(node?.aliases).toContain("中缅产业园");
  });
});
