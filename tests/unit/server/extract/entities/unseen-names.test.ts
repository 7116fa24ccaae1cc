import { describe, expect, it } from "vitest";
import { industries } from "../../../../../server/extract/entities/industries";
import { railwayLines } from "../../../../../server/extract/entities/railway-lines";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { unseenNames } from "../../../../../server/extract/entities/unseen-names";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences: names not in the catalog, from segmenter candidates and name heads.
describe("entity rule unseen-names", () => {
  it("reads public bodies and companies led by a place, organisation or proper-noun word", () => {
    const found = mentionsBy([unseenNames], "中国国际贸易促进委员会、东盟秘书处和中远海运集团签署协议。");
    expect(found).toContain("Organization:中国国际贸易促进委员会@中国国际贸易促进委员会");
    expect(found).toContain("Organization:东盟秘书处@东盟秘书处");
    expect(found).toContain("Organization:中远海运集团@中远海运集团");
  });

  it("reads traditional characters", () => {
    expect(mentionsBy([unseenNames], "東盟秘書處發布報告。")).toContain("Organization:东盟秘书处@東盟秘書處");
  });

  it("leaves names found by the catalog or a pattern alone, and reads no generic heads", () => {
    expect(mentionsBy([unseenNames], "上海自贸试验区临港新片区加快发展。")).not.toContain(
      "Area:上海自贸试验区临港新片区@上海自贸试验区临港新片区",
    );
    expect(mentionsBy([unseenNames], "建设国际枢纽港和现代海港。")).toEqual([]);
  });

  it("reads no name from words that only class or count banks (外资银行, 商业银行 of 农村商业银行)", () => {
    const cases: [string, string][] = [
      ["多家外资银行杭州分行负责人出席会议。", "外资银行"],
      ["几家中资银行巴黎分行相继开业。", "中资银行"],
      ["农村商业银行无锡支行正式成立。", "商业银行"],
    ];
    for (const [text, cls] of cases) expect(idsBy([unseenNames], text)).not.toContain(`Organization:${cls}`);
  });

  it("reads no name from a world region and a head (欧洲银行 is a kind of bank)", () => {
    expect(idsBy([unseenNames], "争取欧洲银行在当地设立分支机构。")).not.toContain("Organization:欧洲银行");
  });

  it("reads no name from a phrase that counts its parties (双方海关, 两国海关)", () => {
    const orgs = (t: string) => mentionsBy([unseenNames], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("内地与澳门双方海关相互认可。")).toEqual([]);
    expect(orgs("中国与白俄罗斯两国海关签署安排。")).toEqual([]);
  });

  it("reads no service from a leg or direction of trains (回程班列, 过境班列), nor the region before it", () => {
    const ids = idsBy([unseenNames], "一列自哈萨克斯坦开来的中亚过境班列今日进站，另有欧洲回程班列停靠。");
    expect(ids.filter((id) => id.startsWith("Corridor:"))).toEqual([]);
    expect(ids).not.toContain("Country:中亚");
  });
});

// Invented sentences: companies named by a brand the dictionary does not know, or holding a business line.
describe("unseen company names before 集团 and 公司", () => {
  it("reads a brand the segmenter does not know right before 集团 or 公司", () => {
    expect(idsBy([unseenNames], "越南客商与祺沃集团在海防合资建厂。")).toContain("Organization:祺沃集团");
    // the preposition glued to the unknown word is left out of the name
    expect(mentionsBy([unseenNames], "货物由澜拓公司承运。")).toContain("Organization:澜拓公司@澜拓公司");
  });

  it("reads a brand before a business line the segmenter joins to 集团 (控股集团), never the line alone", () => {
    const orgs = (t: string) => idsBy([unseenNames], t).filter((id) => id.startsWith("Organization:"));
    expect(orgs("朗澜控股集团和某市控股集团签约。")).toEqual(["Organization:朗澜控股集团"]);
  });

  it("reads no brand from a word of ownership before a business line (省管, 央属)", () => {
    const orgs = (t: string) => idsBy([unseenNames], t).filter((id) => id.startsWith("Organization:"));
    expect(orgs("几家省管实业集团合并重组。")).toEqual([]);
    expect(orgs("该省的央属实业公司转型。")).toEqual([]);
  });

  it("reads no brand from a determiner or a pronoun before 公司", () => {
    const orgs = idsBy([unseenNames], "该航线由这趟公司运营,由该公司负责。").filter((id) =>
      id.startsWith("Organization:"),
    );
    expect(orgs).toEqual([]);
  });

  it("reads a company whose name holds its business line (a sector or a railway)", () => {
    expect(idsBy([industries, unseenNames], "货物由长江国际物流集团承运。")).toContain(
      "Organization:长江国际物流集团",
    );
    expect(idsBy([railwayLines, unseenNames], "班列从滇越铁路公司昆明车站开出。")).toContain(
      "Organization:滇越铁路公司",
    );
  });

  it("reads no company whose name opens with its business line (国际物流股份公司)", () => {
    expect(idsBy([industries, unseenNames], "国际物流股份公司正式成立。")).not.toContain(
      "Organization:国际物流股份公司",
    );
  });

  it("opens a company's name at a proper word before a business noun or brand and its place (中航国际厦门公司)", () => {
    expect(idsBy([unseenNames], "据悉，中航国际厦门公司负责人出席了仪式。")).toContain(
      "Organization:中航国际厦门公司",
    );
    expect(idsBy([unseenNames], "由安通陆港国际物流公司组织。")).toContain(
      "Organization:安通陆港国际物流公司",
    );
    expect(idsBy([unseenNames], "中航国际深圳分公司今天开业。")).toContain("Organization:中航国际深圳分公司");
  });

  it("opens no company's name at a body before a person or a topic noun (世贸组织专家, 医保政策)", () => {
    const cases: [string, string][] = [
      ["世贸组织专家天津公司考察。", "世贸组织专家天津公司"],
      ["解读医保政策深圳公司纷纷行动。", "医保政策深圳公司"],
      ["发改委人员厦门公司检查。", "发改委人员厦门公司"],
      // grammatical sentences whose words run straight into a place and 公司 with no comma
      ["为落实医保政策深圳公司纷纷行动。", "医保政策深圳公司"],
      ["会上听取了世贸组织专家广州公司代表的发言。", "世贸组织专家广州公司"],
    ];
    for (const [text, name] of cases)
      expect(idsBy([unseenNames], text)).not.toContain(`Organization:${name}`);
  });

  it("reads no branch right after a company's head: it continues that company's name", () => {
    expect(idsBy([unseenNames], "某某航运有限公司宁波分公司今天开业。")).not.toContain(
      "Organization:宁波分公司",
    );
    expect(idsBy([unseenNames], "对岸的宁波分公司今天开业。")).toContain("Organization:宁波分公司");
    // a catalogued company ending right before the branch is not extended over it: the branch stays
    expect(idsBy([unseenNames], "中远海运集团宁波分公司今天开业。")).toContain("Organization:宁波分公司");
    expect(idsBy([unseenNames], "集团旗下宁波分公司今天开业。")).toContain("Organization:宁波分公司");
  });

  it("reads no brand from a count of firms before 集团 (两大集团)", () => {
    expect(idsBy([unseenNames], "该企业由路桥两大集团合并而成。")).not.toContain("Organization:两大集团");
    expect(idsBy([unseenNames], "该企业由远达集团合并而成。")).toContain("Organization:远达集团");
  });

  it("reads no name from words that only class firms (上市公司; review20k 8)", () => {
    expect(idsBy([unseenNames], "数据来源：上市公司年报")).toEqual([]);
    expect(idsBy([unseenNames], "本市上市公司数量稳步增加。")).not.toContain("Organization:上市公司");
    expect(idsBy([unseenNames], "该企业由远达集团合并而成。")).toContain("Organization:远达集团");
  });

  it("types no logistics park as a development zone (a facility, like a station or a freight yard)", () => {
    const zones = (t: string) => idsBy([unseenNames], t).filter((id) => id.startsWith("DevZone:"));
    expect(zones("一列冷藏车从宜宾物流园开出，驶向成都。")).toEqual([]);
    expect(zones("小区旁的泰州物流园夜间噪声扰民，居民投诉。")).toEqual([]);
    expect(zones("他大学毕业后在绵阳物流园当了三年仓库管理员。")).toEqual([]);
  });

  it("keeps a school's standing (国立, 私立, 州立) written before its name", () => {
    const orgs = (t: string) => mentionsBy([unseenNames], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("他毕业于私立辅仁大学，后赴日深造。")).toEqual(["Organization:私立辅仁大学@私立辅仁大学"]);
    expect(orgs("代表团访问了国立马里亚纳大学。")).toEqual([
      "Organization:国立马里亚纳大学@国立马里亚纳大学",
    ]);
    expect(orgs("她毕业于都立东京大学。")).toEqual(["Organization:都立东京大学@都立东京大学"]);
    // a standing alone before a school's head names no school
    expect(orgs("该市新建一所公立大学。")).toEqual([]);
    expect(orgs("学生在公立学校和私立学校之间选择。")).toEqual([]);
  });

  it("names no school counted by a number and its measure word (五所广东大学, 中国百所大学)", () => {
    const orgs = (t: string) => mentionsBy([unseenNames], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("五所湖南大学入选名单。")).toEqual([]);
    expect(orgs("中国百所大学对接东盟千家企业。")).toEqual([]);
    expect(orgs("福建大学与三所东盟大学签订交换生协议。")).not.toContain("Organization:东盟大学@东盟大学");
  });
});

describe("unseen parks and ports led by a foreign country", () => {
  it("reads the park's own name after a foreign country (越南某某工业园 → 某某工业园), not after 中国", () => {
    const ids = idsBy([...ENTITY_RULES], "越南北江工业园与当地政府签约。").filter((id) =>
      id.startsWith("DevZone:"),
    );
    expect(ids).toEqual(["DevZone:北江工业园"]);
  });
});
