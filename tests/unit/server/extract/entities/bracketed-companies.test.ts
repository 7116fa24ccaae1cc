import { describe, expect, it } from "vitest";
import { bracketedCompanies } from "../../../../../server/extract/entities/bracketed-companies";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule bracketed-companies", () => {
  it("reads a company with a bracketed place", () => {
    expect(mentionsBy([bracketedCompanies], "智联物流科技（南昌）有限公司落户。")).toEqual([
      "Organization:智联物流科技（南昌）有限公司@智联物流科技（南昌）有限公司",
    ]);
  });

  it("keeps the brackets as the text writes them", () => {
    expect(mentionsBy([bracketedCompanies], "嘉禾电子(宁波)有限公司与合作方签约。")).toEqual([
      "Organization:嘉禾电子(宁波)有限公司@嘉禾电子(宁波)有限公司",
    ]);
    expect(mentionsBy([bracketedCompanies], "遠航貿易(廈門)有限公司成立。")).toEqual([
      "Organization:远航贸易(厦门)有限公司@遠航貿易(廈門)有限公司",
    ]);
  });

  it("reads a bracketed group or holding word before the legal form as part of the name", () => {
    expect(mentionsBy([bracketedCompanies], "东港物流(集团)有限公司与合作方签约。")).toEqual([
      "Organization:东港物流(集团)有限公司@东港物流(集团)有限公司",
    ]);
    expect(mentionsBy([bracketedCompanies], "远东航运（控股）有限公司发布年报。")).toEqual([
      "Organization:远东航运（控股）有限公司@远东航运（控股）有限公司",
    ]);
    // 建设 before the brackets is the business line of a place-led name
    expect(mentionsBy([bracketedCompanies], "南宁港口投资建设(集团)有限公司成立。")).toEqual([
      "Organization:南宁港口投资建设(集团)有限公司@南宁港口投资建设(集团)有限公司",
    ]);
  });

  it("reads no company from a clause around a bracketed group word", () => {
    expect(mentionsBy([bracketedCompanies], "名称中的(集团)有限公司字样不能省略。")).toEqual([]);
    expect(mentionsBy([bracketedCompanies], "他们在会上讨论建设(集团)有限公司的问题。")).toEqual([]);
    expect(mentionsBy([bracketedCompanies], "请在表格中填写(控股)有限公司等字样。")).toEqual([]);
    // the name starts after the conjunction that joins it to the other party
    expect(mentionsBy([bracketedCompanies], "南宁市政府与东港物流(集团)有限公司签约。")).toEqual([
      "City:南宁@南宁市",
      "Organization:东港物流(集团)有限公司@东港物流(集团)有限公司",
    ]);
  });
});

describe("bracket width as written", () => {
  it("keeps ASCII brackets when the text writes them, full-width otherwise", () => {
    expect(mentionsBy([bracketedCompanies], "智联物流科技(南昌)有限公司落户。")).toEqual([
      "Organization:智联物流科技(南昌)有限公司@智联物流科技(南昌)有限公司",
    ]);
  });

  it("does not take 来自 or 这是 into the name", () => {
    expect(mentionsBy([bracketedCompanies], "会议邀请了来自蓝海保险(中国)有限公司的代表。")).toEqual([
      "Organization:蓝海保险(中国)有限公司@蓝海保险(中国)有限公司",
    ]);
    expect(mentionsBy([bracketedCompanies], "这是星河物流(上海)有限公司的新仓库。")).toEqual([
      "Organization:星河物流(上海)有限公司@星河物流(上海)有限公司",
    ]);
  });
});

describe("a business line after the bracketed place", () => {
  it("reads the line between the brackets and the legal form as part of the name", () => {
    expect(mentionsBy([bracketedCompanies], "展台旁是瑞禾(成都)冷链仓储有限公司的样品。")).toEqual([
      "Organization:瑞禾(成都)冷链仓储有限公司@瑞禾(成都)冷链仓储有限公司",
    ]);
    expect(mentionsBy([bracketedCompanies], "参观了明曜（中国）光电有限公司、某展厅。")).toEqual([
      "Organization:明曜（中国）光电有限公司@明曜（中国）光电有限公司",
    ]);
    expect(mentionsBy([bracketedCompanies], "新開業的嘉瀾(廣西)食品進出口有限公司。")).toEqual([
      "Organization:嘉澜(广西)食品进出口有限公司@嘉瀾(廣西)食品進出口有限公司",
    ]);
  });

  it("keeps a brand's first character the segmenter reads as a measure word", () => {
    expect(mentionsBy([bracketedCompanies], "代表团走访了盏明(中国)灯饰有限公司。")).toEqual([
      "Organization:盏明(中国)灯饰有限公司@盏明(中国)灯饰有限公司",
    ]);
  });

  it("reads no company after a demonstrative or a count and its measure word (该批, 此批, 各批)", () => {
    const orgs = (t: string) =>
      mentionsBy([bracketedCompanies], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("该批(泰国)榴莲贸易有限公司负责进口。")).toEqual([]);
    expect(orgs("据悉此批(越南)咖啡贸易有限公司已登记。")).toEqual([]);
    expect(orgs("会上各批(广西)食品有限公司代表发言。")).toEqual([]);
    // a proper name written like such a pair (那曲) still opens a company's name
    expect(orgs("那曲(西藏)牧业有限公司成立。")).toEqual([
      "Organization:那曲(西藏)牧业有限公司@那曲(西藏)牧业有限公司",
    ]);
  });

  it("reads no company when the run is a zone's name or a clause", () => {
    expect(mentionsBy([bracketedCompanies], "中国(海南)自由贸易试验区有限公司登记办法发布。")).toEqual([
      "FreeTradeZone:中国（海南）自由贸易试验区@中国(海南)自由贸易试验区",
    ]);
    expect(mentionsBy([bracketedCompanies], "欢迎落户青禾(成都)并注册有限公司。")).toEqual([
      "City:成都@成都",
    ]);
    expect(mentionsBy([bracketedCompanies], "他到过成都(四川)的有限公司。")).toEqual([
      "City:成都@成都",
      "Province:四川省@四川",
    ]);
  });
});
