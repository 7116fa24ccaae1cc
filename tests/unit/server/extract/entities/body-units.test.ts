import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";

// Invented sentences; the organisations every entity rule keeps, by name.
const orgs = (t: string) =>
  new Recognizer(loadCatalog())
    .recognize(normalize(t), t)
    .filter((m) => m.id.startsWith("Organization:"))
    .map((m) => m.id.slice("Organization:".length));

describe("entity rule body-units", () => {
  it("reads a body and its unit before the unit's officer as one organisation", () => {
    const a = orgs("中国（湖北）自贸试验区武汉片区管委会营商环境局局长李某介绍了新政。");
    expect(a).toContain("中国（湖北）自贸试验区武汉片区管委会营商环境局");
    expect(a).not.toContain("中国（湖北）自贸试验区武汉片区管委会");
    expect(orgs("香港特區政府創新科技及工業局局長丘永安表示，計劃明年推出。")).toContain(
      "香港特区政府创新科技及工业局",
    );
  });

  it("reads a unit before a list mark or a source verb", () => {
    expect(orgs("记者从广州市人民政府投资促进办获悉，项目已落地。")).toContain("广州市人民政府投资促进办");
    expect(orgs("海关总署综合业务办公室、国家移民管理局派员参加。")).toContain("海关总署综合业务办公室");
    expect(orgs("据天津市人民政府对外合作办表示，两地将互设办事处。")).toContain("天津市人民政府对外合作办");
  });

  it("leaves apart a firm's department, a clause and a second body", () => {
    const firm = orgs("福建某某物流有限公司市场营销部经理李某介绍了情况。");
    expect(firm.some((o) => o.endsWith("市场营销部"))).toBe(false);
    expect(orgs("商务部坚决贯彻国务院决策部署，推进改革。")).not.toContain("国务院决策部署");
    expect(orgs("海关总署广东省商务厅厅长出席。")).not.toContain("海关总署广东省商务厅");
    expect(orgs("该展会由某市贸易发展局和商务部联合主办。")).not.toContain("商务部联合主办");
    expect(orgs("智利外交部长某某和中国海关总署局长某某会面。")).not.toContain("中国海关总署局");
    expect(orgs("中国贸促会共同主办，活动在北京举行。").some((o) => o.endsWith("共同主办"))).toBe(false);
  });
});
