import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";

/** The ids of each passage of one document, read in order with the document's memory. */
function idsPerPassage(...passages: string[]): string[][] {
  const rec = new Recognizer(loadCatalog());
  rec.startDocument(passages.join("\n"));
  return passages.map((p) => rec.recognize(normalize(p), p).map((m) => m.id));
}
const ids = (text: string) => idsPerPassage(text)[0] ?? [];

describe("a bare category after a zone of its kind named in the document (entities/bare-categories.ts)", () => {
  it("drops the short reference of the named zone", () => {
    const [first, later] = idsPerPassage(
      "河湾综合保税区昨日迎来首批进口货物。",
      "货物运进综保区后即可办理退税。",
    );
    expect(first).toContain("DevZone:河湾综合保税区");
    expect(later).not.toContain("DevZone:综合保税区");
  });

  it("keeps it when no zone of the kind is named, when listed, or counted", () => {
    expect(ids("企业利用综保区开展保税维修。")).toContain("DevZone:综合保税区");
    const [, listed] = idsPerPassage(
      "河湾综合保税区昨日迎来首批进口货物。",
      "当地依托空港和综保区发展外向型经济。",
    );
    expect(listed).toContain("DevZone:综合保税区");
    const [, counted] = idsPerPassage("河湾综合保税区昨日迎来首批进口货物。", "全省目前共有4个综合保税区。");
    expect(counted).toContain("DevZone:综合保税区");
  });

  it("keeps the subject of a clause or of a quotation", () => {
    const named = "河湾综合保税区昨日迎来首批进口货物。";
    expect(idsPerPassage(named, "今年以来，综保区进出口额增长两成。")[1]).toContain("DevZone:综合保税区");
    expect(idsPerPassage(named, "“综保区能带动周边就业，”一位店主说。")[1]).toContain("DevZone:综合保税区");
  });
});

describe("a park's common noun or a city's short form written alone (entities/bare-categories.ts)", () => {
  it("drops a park word that names no zone, and 高新区 written alone", () => {
    expect(ids("产业园区招商是今年的亮点。")).not.toContain("DevZone:产业园区");
    expect(ids("从修建产业园再到开通航线，两地合作不断加深。")).not.toContain("DevZone:产业园区");
    expect(ids("他在产业园区附近的餐馆打工。")).not.toContain("DevZone:产业园区");
    expect(ids("启动几个工业园区的建设。")).not.toContain("DevZone:工业园区");
    expect(ids("这座新厂房位于高新区的东侧。")).not.toContain("DevZone:国家高新技术产业开发区");
    expect(ids("经开区管委会的班车每天早上七点发车。")).not.toContain("DevZone:国家级经济技术开发区");
  });

  it("keeps 高新区 in a document that writes it as the class", () => {
    const [, later] = idsPerPassage("国家高新区由科技部归口管理。", "截至去年，高新区企业超过千家。");
    expect(later).toContain("DevZone:国家高新技术产业开发区");
    expect(ids("截至去年，高新区企业超过千家。")).not.toContain("DevZone:国家高新技术产业开发区");
    expect(ids("他们把这里简称“高新区”。")).toContain("DevZone:国家高新技术产业开发区");
  });

  it("keeps a counted, listed, named, predicated or abbreviated category", () => {
    expect(ids("全省已建成12个工业园区。")).toContain("DevZone:工业园区");
    expect(ids("全省共有3个高新区。")).toContain("DevZone:国家高新技术产业开发区");
    expect(ids("人们把这类园区称为工业园区。")).toContain("DevZone:工业园区");
    expect(ids("那片土地大多数是工业区。")).toContain("DevZone:工业区");
    expect(ids("工业园区（IP）是常见的形式。")).toContain("DevZone:工业园区");
    expect(ids("这类名称包括保税区、产业园区和科技城。")).toContain("DevZone:产业园区");
  });
});

// Invented sentences (review of release 19): the named zone's own category, lists of kinds, copulas, counts.
describe("bare categories: which category a named zone is of, and what counts or lists it", () => {
  const named = "河湾综合保税区昨日迎来首批进口货物。";

  it("keeps another category than the named zone's own (保税区 beside a 综合保税区)", () => {
    expect(idsPerPassage(named, "该市还计划申报保税区。")[1]).toContain("DevZone:保税区");
    expect(idsPerPassage("河湾特殊综合保税区去年揭牌。", "新片区将建设综合保税区。")[1]).toContain(
      "DevZone:综合保税区",
    );
    // (the named zone's own category, by an alias, is still dropped)
    expect(idsPerPassage(named, "货物运进综保区后即可办理退税。")[1]).not.toContain("DevZone:综合保税区");
  });

  it("keeps a city's short form listed with other categories", () => {
    const found = ids("积极推动经开区、高新区、综保区等各类开发区协同发展。");
    expect(found).toContain("DevZone:国家高新技术产业开发区");
    expect(found).toContain("DevZone:国家级经济技术开发区");
    expect(ids("这座新厂房位于高新区和经开区之间。")).not.toContain("DevZone:国家高新技术产业开发区");
  });

  it("keeps a category after 为 (a copula of category-heads.json ends it)", () => {
    expect(idsPerPassage(named, "推动出口加工区整合为综合保税区。")[1]).toContain("DevZone:综合保税区");
    expect(idsPerPassage(named, "这里的加工贸易园区将转型为综合保税区。")[1]).toContain("DevZone:综合保税区");
  });

  it("reads no copula from a bare 为 (a preposition before an object)", () => {
    expect(idsPerPassage(named, "该县为综合保税区企业开辟通关绿色通道。")[1]).not.toContain(
      "DevZone:综合保税区",
    );
    expect(idsPerPassage(named, "税务部门为综合保税区专门制定办税指南。")[1]).not.toContain(
      "DevZone:综合保税区",
    );
  });

  it("reads a count only with a modifier at most between, and 与 as a list mark only after a name", () => {
    expect(ids("已有30家企业入驻工业园区。")).not.toContain("DevZone:工业园区");
    expect(ids("全省已建成12个省级工业园区。")).toContain("DevZone:工业园区");
    expect(ids("该村与工业园区仅一路之隔。")).not.toContain("DevZone:工业园区");
    expect(ids("这类名称包括保税区与产业园区。")).toContain("DevZone:产业园区");
  });

  it("keeps a category inside a bracketed title (《》)", () => {
    expect(idsPerPassage(named, "他翻阅了《综保区发展报告》。")[1]).toContain("DevZone:综合保税区");
  });

  it("does not read 多个 as a count that writes a short form as the class", () => {
    expect(ids("全省共有多个高新区。")).not.toContain("DevZone:国家高新技术产业开发区");
    expect(ids("全省共有3个高新区。")).toContain("DevZone:国家高新技术产业开发区");
  });
});

describe("a bare category that names a kind being built or a zone of a longer kind (entities/bare-categories.ts)", () => {
  it("drops the kind whose building is written right after it", () => {
    expect(ids("沿海各县把保税区的建设列入了年度计划。")).not.toContain("DevZone:保税区");
    expect(ids("两县加快码头建设和保税区建设。")).not.toContain("DevZone:保税区");
  });

  it("keeps it beside another category, as a subject, and as the model of a building experience", () => {
    expect(ids("保税区建设稳步推进。")).toContain("DevZone:保税区");
    const both = ids("新港规划了保税区和出口加工区建设。");
    expect(both).toContain("DevZone:保税区");
    expect(both).toContain("DevZone:出口加工区");
    expect(ids("该市沿袭了综保区的建设经验。")).toContain("DevZone:综合保税区");
  });

  it("keeps it built into a result (建设成为, 开发成: the city's own zone) and drops it before 建设经验", () => {
    expect(ids("该县将综合保税区建设成为对外开放平台。")).toContain("DevZone:综合保税区");
    expect(ids("该县将出口加工区开发成物流基地。")).toContain("DevZone:出口加工区");
    expect(ids("各县把出口加工区的建设经验写进了规划。")).not.toContain("DevZone:出口加工区");
  });

  it("drops the shortened name of a named zone of a longer kind written as a place (保税区内)", () => {
    const [first, later] = idsPerPassage(
      "河湾综合保税区去年封关运行。",
      "截至目前，保税区内入驻企业百余家。",
    );
    expect(first).toContain("DevZone:河湾综合保税区");
    expect(later).not.toContain("DevZone:保税区");
    expect(ids("截至目前，保税区内入驻企业百余家。")).toContain("DevZone:保税区");
  });

  it("drops a named zone's own category, or its short form, written as a place at a clause's start (综合保税区内, 综保区内)", () => {
    const [first, later] = idsPerPassage("河湾综合保税区去年封关运行。", "综合保税区内入驻企业百余家。");
    expect(first).toContain("DevZone:河湾综合保税区");
    expect(later).not.toContain("DevZone:综合保税区");
    const [, short] = idsPerPassage("河湾综合保税区去年封关运行。", "综保区内入驻企业百余家。");
    expect(short).not.toContain("DevZone:综合保税区");
    expect(ids("综合保税区内入驻企业百余家。")).toContain("DevZone:综合保税区");
  });
});
