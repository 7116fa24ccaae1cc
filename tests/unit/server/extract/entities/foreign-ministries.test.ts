import { describe, expect, it } from "vitest";
import { foreignMinistries } from "../../../../../server/extract/entities/foreign-ministries";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule foreign-ministries", () => {
  it("reads a ministry after its country", () => {
    expect(mentionsBy([foreignMinistries], "马来西亚投资贸易和工业部部长与秘鲁外交部官员会谈。")).toEqual([
      "Organization:马来西亚投资贸易和工业部@马来西亚投资贸易和工业部",
      "Organization:秘鲁外交部@秘鲁外交部",
    ]);
  });

  it("needs a ministry, not a shortened title, a direction or another country", () => {
    expect(idsBy([foreignMinistries], "新西兰外长表示，越南部分地区和泰国东北部受灾。")).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/部$/)]),
    );
    expect(idsBy([foreignMinistries], "中国商务部发布消息。")).not.toContain("Organization:中国商务部");
  });

  it("reads a portfolio's generic name after its country, whatever follows it", () => {
    expect(mentionsBy([foreignMinistries], "据泰国贸工部文告，日本外务省随后回应。")).toEqual([
      "Organization:泰国贸工部@泰国贸工部",
      "Organization:日本外务省@日本外务省",
    ]);
    expect(idsBy([foreignMinistries], "越南交通部门已准备，泰国国防部署了兵力。")).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/部$/)]),
    );
  });

  it("names a ministry after its country's catalog name when another spelling leads it (紐西蘭外交部)", () => {
    const ids = idsBy([foreignMinistries], "紐西蘭外交部週三發表聲明，歡迎各方參與。");
    expect(ids).toContain("Organization:新西兰外交部");
    expect(ids).not.toContain("Organization:纽西兰外交部");
  });

  it("reads no region's part (某邦北部, 某岛东南部) as a ministry, and keeps a ministry before a list mark", () => {
    const orgs = (t: string) => idsBy([foreignMinistries], t).filter((i) => i.startsWith("Organization:"));
    expect(orgs("老挝丰沙里北部，山路崎岖。")).toEqual([]);
    expect(orgs("印度尼西亚加里曼丹岛东南部、沿海一带雨量充沛。")).toEqual([]);
    expect(orgs("泰国清莱府北部和缅甸接壤。")).toEqual([]);
    expect(orgs("越南工贸部、农业部派员出席。")).toContain("Organization:越南工贸部");
  });

  it("reads the ministry a minister's title writes in full, and the first of two portfolios before 兼", () => {
    expect(idsBy([foreignMinistries], "秘鲁交通部长卡洛斯与智利国际贸易暨工业部长会面。")).toEqual(
      expect.arrayContaining(["Organization:秘鲁交通部", "Organization:智利国际贸易暨工业部"]),
    );
    expect(idsBy([foreignMinistries], "泰国数字经济及社会部兼能源部长表示欢迎。")).toContain(
      "Organization:泰国数字经济及社会部",
    );
  });

  it("reads no ministry from ministers meeting as a group or a title shared by two countries", () => {
    const orgs = (t: string) => idsBy([foreignMinistries], t).filter((i) => i.startsWith("Organization:"));
    expect(orgs("秘鲁经贸部长会议在利马举行。")).toEqual([]);
    expect(orgs("中国与秘鲁经贸部长共同宣布完成谈判。")).toEqual([]);
    expect(orgs("智利农业部长级官员和秘鲁外贸部长非正式会议均在利马。")).toEqual([]);
  });

  it("reads a portfolio written with 暨 for 和 as any listed one (某国外交暨贸易部)", () => {
    expect(idsBy([foreignMinistries], "澳大利亚外交暨贸易部发表声明。")).toContain(
      "Organization:澳大利亚外交暨贸易部",
    );
  });

  it("reads the ministry of a minister who attends or chairs a meeting (某国某部长出席会议)", () => {
    expect(idsBy([foreignMinistries], "柬埔寨农业部长在会议上介绍了情况。")).toContain(
      "Organization:柬埔寨农业部",
    );
    expect(idsBy([foreignMinistries], "缅甸商务部长主持会议。")).toContain("Organization:缅甸商务部");
  });

  it("reads no ministry of a country nested in the second of two paired countries (中国和白俄罗斯)", () => {
    const orgs = (t: string) => idsBy([foreignMinistries], t).filter((i) => i.startsWith("Organization:"));
    expect(orgs("中国和白俄罗斯经贸部长共同出席签约仪式。")).toEqual([]);
  });

  it("reads a ministry named by a list of portfolios, whatever follows it (某国甲、乙和丙部)", () => {
    const orgs = (t: string) => idsBy([foreignMinistries], t).filter((i) => i.startsWith("Organization:"));
    expect(orgs("秘鲁农业、灌溉和畜牧部副部长会见了代表团。")).toEqual([
      "Organization:秘鲁农业、灌溉和畜牧部",
    ]);
    expect(orgs("挪威气候、环境及海洋部周二发布报告。")).toEqual(["Organization:挪威气候、环境及海洋部"]);
    // a list of countries, or a head another word opens (部门, 部分), is no ministry
    expect(orgs("智利林业、渔业和旅游部门代表出席。")).toEqual([]);
    expect(orgs("法国、意大利和德国代表出席。")).toEqual([]);
  });

  it("reads no ministry from a list whose 部 closes a common noun, or a list of ministries (某国甲部和乙部)", () => {
    const orgs = (t: string) => idsBy([foreignMinistries], t).filter((i) => i.startsWith("Organization:"));
    // 干部, 总部, 司令部, 俱乐部 (foreign-ministry-heads.json notMinistries) end the list's last item
    expect(orgs("瑞典政府、议会和企业干部参加了研讨。")).toEqual([]);
    expect(orgs("荷兰乳业、花卉和航运总部集中在港口。")).toEqual([]);
    expect(orgs("澳大利亚陆军、海军及空军司令部联合发布通告。")).toEqual([]);
    expect(orgs("意大利足球、篮球和排球俱乐部代表出席。")).toEqual([]);
    // an item before the conjunction ending in 部 makes a list of ministries, not one
    expect(orgs("挪威渔业、交通部和财政部联合发布声明。").filter((i) => i.includes("、"))).toEqual([]);
    // a ministry so listed is still read
    expect(orgs("芬兰经济、就业和创新部周三发布报告。")).toEqual(["Organization:芬兰经济、就业和创新部"]);
  });
});
