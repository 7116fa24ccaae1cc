import { describe, expect, it } from "vitest";
import { foreignCities } from "../../../../../server/extract/entities/foreign-cities";
import { governmentBodies } from "../../../../../server/extract/entities/government-bodies";
import { prefectureCities } from "../../../../../server/extract/entities/prefecture-cities";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { idsBy, mentionsBy } from "../../../../support/rules";

const rules = [prefectureCities, governmentBodies];
const orgs = (text: string) => mentionsBy(rules, text).filter((m) => m.startsWith("Organization:"));

// Invented sentences; mentions as "id@surface".
describe("entity rule government-bodies", () => {
  it("reads bureaus, departments, commissions, governments and centres led by their place", () => {
    expect(orgs("据嘉兴市市场监督管理局和云南省文化和旅游厅介绍，")).toEqual([
      "Organization:嘉兴市市场监督管理局@嘉兴市市场监督管理局",
      "Organization:云南省文化和旅游厅@云南省文化和旅游厅",
    ]);
    expect(orgs("由温州市政府和宁波市投资促进中心联合主办。")).toEqual([
      "Organization:温州市政府@温州市政府",
      "Organization:宁波市投资促进中心@宁波市投资促进中心",
    ]);
    expect(orgs("中国国际商事仲裁委员会受理此案。")).toEqual([
      "Organization:中国国际商事仲裁委员会@中国国际商事仲裁委员会",
    ]);
  });

  it("reads no body from a place and a count of bodies (重庆两家银行, 天津三所大学)", () => {
    expect(orgs("成都两家银行为企业提供融资。")).toEqual([]);
    expect(orgs("天津三所大学开设物流专业。")).toEqual([]);
    expect(orgs("成都市商务局与两家银行座谈。")).toEqual(["Organization:成都市商务局@成都市商务局"]);
  });

  it("reads no public body from a company's party committee", () => {
    expect(orgs("江西省港口集团党委书记出席会议。")).toEqual([]);
    expect(orgs("浙江省交通集团党委召开会议。")).toEqual([]);
    expect(orgs("福建省能源集团党委副书记出席活动。")).toEqual([]);
    expect(orgs("江西省商务厅与企业座谈。")).toEqual(["Organization:江西省商务厅@江西省商务厅"]);
    // (a company's head inside the field but no party head after it: the body stands)
    expect(orgs("天津市国有资产集团化改革办公室发布通知。")).toEqual([
      "Organization:天津市国有资产集团化改革办公室@天津市国有资产集团化改革办公室",
    ]);
  });

  it("reads no body from common words ending in a head, nor China's or a region's government", () => {
    expect(orgs("江西产业布局持续优化，山西受地理局限较多。")).toEqual([]);
    expect(orgs("广东地方政府出台措施。")).toEqual([]);
    expect(orgs("该项目由中国政府批准设立，东南亚政府代表出席。")).toEqual([]);
  });

  it("reads a foreign government written by name (美国政府, 智利政府) as a body", () => {
    expect(orgs("美国政府宣布加征关税，智利政府表示欢迎。")).toEqual([
      "Organization:美国政府@美国政府",
      "Organization:智利政府@智利政府",
    ]);
    expect(orgs("根据《浙江省政府工作报告》，")).toEqual([]);
    // (a government's departments or organs name no body: 某国政府部门, 某国政府机关)
    expect(orgs("秘鲁政府部门与企业座谈，厄瓜多尔政府机关人员出席。")).toEqual([]);
  });

  it("reads no body from a count of parties after a place (两国政府, 三省政府)", () => {
    expect(orgs("在中国和秘鲁两国政府的推动下，园区顺利开工。")).toEqual([]);
    expect(orgs("由越南三省政府与广西共同主办，昆明市政府协办。")).toEqual([
      "Organization:昆明市政府@昆明市政府",
    ]);
  });

  it("reads no body whose field holds a clause or the name of a zone", () => {
    expect(orgs("推动广西在东盟设立的商务局")).toEqual([]);
    // a verb of setting up after the place (review18f F2)
    expect(orgs("这家银行计划在南宁设立办公室。")).toEqual([]);
    expect(orgs("该协会将于明年在长沙开设办公室。")).toEqual([]);
    // (a place ending in 州 before the verb: no office suffix either, office-names.ts)
    expect(orgs("这家银行计划在杭州设立办公室。")).toEqual([]);
    expect(orgs("成都高新区政务服务中心与柳州市天府新区政务服务中心")).not.toContain(
      "Organization:柳州市天府新区政务服务中心@柳州市天府新区政务服务中心",
    );
  });

  it("reads international and financial bodies led by a country or bloc, not a banking sector", () => {
    expect(orgs("东盟秘书处与亚洲开发银行联合发布报告。")).toEqual([
      "Organization:东盟秘书处@东盟秘书处",
      "Organization:亚洲开发银行@亚洲开发银行",
    ]);
    expect(orgs("推动广西银行业对外开放。")).toEqual([]);
  });

  it("reads a body led by a foreign city written after its country", () => {
    expect(
      mentionsBy([foreignCities, governmentBodies], "西班牙巴塞罗那港务局代表到访。").filter((m) =>
        m.startsWith("Organization:"),
      ),
    ).toEqual(["Organization:巴塞罗那港务局@巴塞罗那港务局"]);
  });

  it("reads a commission named by 委 after its place, not a word running across it (委员, 委托)", () => {
    expect(idsBy([governmentBodies], "南宁市商务委主任介绍情况。")).toContain("Organization:南宁市商务委");
    expect(idsBy([governmentBodies], "南宁市政协委员提出建议。")).not.toContain("Organization:南宁市政协委");
  });

  it("reads an exchange or trading centre led by its place (交易所, 交易中心)", () => {
    const ids = idsBy([governmentBodies], "该公司与大连商品交易所、宁波国际油气交易中心合作。");
    expect(ids).toEqual(
      expect.arrayContaining(["Organization:大连商品交易所", "Organization:宁波国际油气交易中心"]),
    );
  });

  it("starts a body after 了 ending a verb, and a zone category in its field is no owner", () => {
    const all = (text: string) =>
      mentionsBy([...ENTITY_RULES], text).filter((m) => m.startsWith("Organization:"));
    expect(all("考察团拜访了马来西亚工业园管理局。")).toEqual([
      "Organization:马来西亚工业园管理局@马来西亚工业园管理局",
    ]);
    expect(orgs("他们会见了宁波市商务局负责人。")).toEqual(["Organization:宁波市商务局@宁波市商务局"]);
  });

  it("reads no office in 交办 (a verb), nor a body across 了 without a head", () => {
    const all = (text: string) =>
      mentionsBy([...ENTITY_RULES], text).filter((m) => m.startsWith("Organization:"));
    expect(all("他们完成了杭州市政府交办的任务。")).toEqual(["Organization:杭州市政府@杭州市政府"]);
    expect(orgs("游客游览了宁波市区的景点。")).toEqual([]);
    expect(orgs("企业开拓了宁波市场和温州市场。")).toEqual([]);
  });

  it("starts a body's name after a time word or a date ending in 年 or 日", () => {
    expect(orgs("今年杭州市政府将加大投入。")).toEqual(["Organization:杭州市政府@杭州市政府"]);
    expect(orgs("2021年云南省政府发布通知。")).toEqual(["Organization:云南省政府@云南省政府"]);
    expect(orgs("3日广州市商务局召开会议。")).toEqual(["Organization:广州市商务局@广州市商务局"]);
  });

  it("reads no body after 年 or 日 when no head follows the place or the place is a country's government", () => {
    expect(orgs("2020年北京市民出行更加便利。")).toEqual([]);
    expect(orgs("周日上海市区交通拥堵。")).toEqual([]);
    expect(orgs("中日韩政府间合作不断深化。")).toEqual([]);
    expect(orgs("去年日本政府机关招聘人数减少。")).toEqual([]);
  });

  it("reads no body whose field holds a verb of hosting or signing (mend22u: the place's clause)", () => {
    expect(orgs("中国和秘鲁轮流举办自贸协定联合委员会会议。")).toEqual([]);
    expect(orgs("越南与老挝签署边境贸易委员会章程。")).toEqual([]);
    expect(orgs("秘鲁自贸协定联合委员会成立。")).not.toEqual([]);
  });

  it("reads no body when the place's own 市 or 州, outside its span, opens a clause of setting up (mend24l)", () => {
    // a catalog foreign city is read without its 市 (新西伯利亚); the field then opens with 市, then the verb
    const foreign = (text: string) =>
      idsBy([foreignCities, governmentBodies], text).filter((id) => id.startsWith("Organization:"));
    expect(foreign("该银行在新西伯利亚市开设服务中心。")).toEqual([]);
    expect(foreign("两国企业在新西伯利亚市举办贸易促进委员会会议。")).toEqual([]);
    expect(foreign("新西伯利亚市投资促进中心派员参会。")).toEqual(["Organization:新西伯利亚市投资促进中心"]);
  });
});
