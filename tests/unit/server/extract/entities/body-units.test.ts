import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { readLexicon } from "../../../../../server/extract/lexicon";
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

  it("reads a unit before a section chief (处长) and a public body's unit, not a firm's (公司, 集团)", () => {
    expect(orgs("海关总署口岸监管局处长某某介绍了情况。")).toContain("海关总署口岸监管局");
    expect(orgs("中国人民银行调查统计局局长某某表示，数据将按月发布。")).toContain("中国人民银行调查统计局");
    expect(orgs("国务院发展研究中心国际技术经济研究部部长某某作报告。")).toContain(
      "国务院发展研究中心国际技术经济研究部",
    );
    const firms = orgs("招商局港口控股有限公司市场部、中国远洋海运集团市场部、某某机构参加了会议。");
    expect(firms.some((o) => o.endsWith("市场部"))).toBe(false);
  });

  it("leaves apart a body and a second body the verb after it takes as object (review mends 1, 2)", () => {
    const a = orgs("商务部邀请外交部，共同研究签证便利。");
    expect(a).toEqual(expect.arrayContaining(["商务部", "外交部"]));
    expect(a).not.toContain("商务部邀请外交部");
    expect(orgs("海关总署新组建数据管理局，负责口岸数据。")).toContain("海关总署");
    expect(orgs("商务部调研组拜访投资促进局，洽谈项目。")).toContain("商务部");
  });

  it("reads no unit in a common noun ending in a head (布局, 格局, 大厅; review mend 3)", () => {
    expect(orgs("商务部调整区域布局，推进开放。")).toEqual(["商务部"]);
    expect(orgs("国务院完善治理格局，推动改革。")).toEqual(["国务院"]);
    expect(orgs("海关总署旅检服务大厅，每天接待旅客。")).toEqual(["海关总署"]);
  });

  it("still reads a unit whose name opens with a verb or holds a body's abbreviation", () => {
    expect(orgs("贵阳市人民政府审批服务局局长某某出席会议。")).toContain("贵阳市人民政府审批服务局");
    expect(orgs("南昌市人民政府规划建设局局长某某介绍了情况。")).toContain("南昌市人民政府规划建设局");
    expect(orgs("昆明市人民政府外事办主任某某会见代表团。")).toContain("昆明市人民政府外事办");
  });

  it("reads no unit before a title that opens another word (主任级: body-units.json titleNotNext)", () => {
    expect(readLexicon<{ titleNotNext: string }>("body-units.json").titleNotNext).toBe("级");
    expect(orgs("南宁市政府投资促进局主任级干部。")).toEqual(["南宁市政府"]);
    expect(orgs("南宁市政府投资促进局主任王某。")).toEqual(["南宁市政府投资促进局"]);
  });

  // release 26, round mend26c: a four-character idiom ending in a unit's head names no unit
  it("reads no unit in an idiom ending with a head", () => {
    expect(orgs("商务部审议方案陷入僵局。")).toEqual(["商务部"]);
    expect(orgs("外交部协调谈判陷入僵局，各方暂停会谈。")).toEqual(["外交部"]);
  });
});
