import { describe, expect, it } from "vitest";
import { bankBranches } from "../../../../../server/extract/entities/bank-branches";
import { mentionsBy } from "../../../../support/rules";

const orgs = (text: string) => mentionsBy([bankBranches], text).filter((m) => m.startsWith("Organization:"));

// Invented sentences; mentions as "id@surface".
describe("entity rule bank-branches", () => {
  it("reads a bank's branch named by the bank, its province or city and 分行 or 支行", () => {
    expect(orgs("南平市政府与中国建设银行福建省分行签约。")).toEqual([
      "Organization:中国建设银行福建省分行@中国建设银行福建省分行",
    ]);
    expect(orgs("招商银行成都分行与园区企业座谈。")).toEqual([
      "Organization:招商银行成都分行@招商银行成都分行",
    ]);
    expect(orgs("工行湖南省分行行长出席活动。")).toEqual(["Organization:工行湖南省分行@工行湖南省分行"]);
  });

  it("reads no branch without a bank's name before the place", () => {
    expect(orgs("他去银行江苏分行办事。")).toEqual([]);
    expect(orgs("公司计划在江苏设立分行。")).toEqual([]);
    expect(orgs("市民在长春支行门口排队。")).toEqual([]);
  });

  it("reads no branch of a class of banks (外资银行, 各商业银行, 国有大型银行)", () => {
    expect(orgs("多家外资银行上海分行负责人参加座谈。")).toEqual([]);
    expect(orgs("各商业银行江苏省分行要加大信贷投放。")).toEqual([]);
    expect(orgs("国有大型银行上海分行的贷款余额上升。")).toEqual([]);
    expect(orgs("股份制银行广州分行共有十余家。")).toEqual([]);
    // (words that count banks: 各大, 几家, 数家, 四大, 大中型)
    for (const text of [
      "各大银行杭州分行加强合作。",
      "几家银行深圳分行开展试点。",
      "四大银行西安分行联合放贷。",
    ])
      expect(orgs(text)).toEqual([]);
    expect(orgs("邮政储蓄银行成都支行开出首笔贷款。")).toEqual([
      "Organization:邮政储蓄银行成都支行@邮政储蓄银行成都支行",
    ]);
  });
});
