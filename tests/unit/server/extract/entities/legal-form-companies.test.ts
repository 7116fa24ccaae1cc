import { describe, expect, it } from "vitest";
import { customsAndCompanies } from "../../../../../server/extract/entities/customs-and-companies";
import { legalFormCompanies } from "../../../../../server/extract/entities/legal-form-companies";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
const orgs = (t: string) =>
  mentionsBy([customsAndCompanies, legalFormCompanies], t).filter((m) => m.startsWith("Organization:"));

describe("entity rule legal-form-companies", () => {
  it("reads a company by its legal form from the word that opens its run", () => {
    expect(orgs("近日，华通集装箱运输有限责任公司与港方签署协议。")).toEqual([
      "Organization:华通集装箱运输有限责任公司@华通集装箱运输有限责任公司",
    ]);
    expect(orgs("由蓝海港口控股有限公司承建的码头开港。")).toEqual([
      "Organization:蓝海港口控股有限公司@蓝海港口控股有限公司",
    ]);
  });

  it("reads a name led by a parent group whole, not the place-led part inside it", () => {
    expect(orgs("目前，星耀集团武汉有限公司已开工。")).toEqual([
      "Organization:星耀集团武汉有限公司@星耀集团武汉有限公司",
    ]);
  });

  it("leaves out class nouns, dates and verb phrases before the name", () => {
    expect(orgs("由两国授权企业合资成立的华通铁路有限公司负责运营。")).toEqual([
      "Organization:华通铁路有限公司@华通铁路有限公司",
    ]);
    expect(orgs("2021年蓝海物流运营有限公司承担了运输。")).toEqual([
      "Organization:蓝海物流运营有限公司@蓝海物流运营有限公司",
    ]);
    expect(orgs("双方将充分发挥华通铁路有限公司的作用。")).toEqual([
      "Organization:华通铁路有限公司@华通铁路有限公司",
    ]);
  });

  it("names no company from a business line alone or a phrase broken by a numeral", () => {
    expect(orgs("双方合资成立有限公司。")).toEqual([]);
    expect(orgs("该项目由第一有限公司负责。")).toEqual([]);
  });
});

describe("a clause's words joined into one unknown word before the name", () => {
  it("starts the name after a demonstrative and copula read as one word (这是)", () => {
    expect(orgs("一个新的冷藏箱——这是蓝海国际物流有限公司的一次尝试。")).toEqual([
      "Organization:蓝海国际物流有限公司@蓝海国际物流有限公司",
    ]);
  });

  it("keeps names that hold no function character", () => {
    expect(orgs("星耀中哈国际物流有限公司开出首列冷链班列。")).toEqual([
      "Organization:星耀中哈国际物流有限公司@星耀中哈国际物流有限公司",
    ]);
  });

  it("keeps brands that hold a function character inside (以, 为, 从, 向)", () => {
    expect(orgs("石家庄以岭药业股份有限公司发布年报。")).toEqual([
      "Organization:石家庄以岭药业股份有限公司@石家庄以岭药业股份有限公司",
    ]);
    expect(orgs("河北为信贸易有限公司签下订单。")).toEqual([
      "Organization:河北为信贸易有限公司@河北为信贸易有限公司",
    ]);
    expect(orgs("山东从然食品有限公司扩建厂房。")).toEqual([
      "Organization:山东从然食品有限公司@山东从然食品有限公司",
    ]);
    expect(orgs("宁波向荣物流有限公司开通新线。")).toEqual([
      "Organization:宁波向荣物流有限公司@宁波向荣物流有限公司",
    ]);
  });

  it("starts the name after a subject glued to its copula (某某是/x 远达集团有限公司)", () => {
    expect(orgs("钱晓民是远达集团有限公司的工程师。")).toEqual([
      "Organization:远达集团有限公司@远达集团有限公司",
    ]);
    expect(orgs("周晓民是远达集团有限公司职工。")).toEqual([
      "Organization:远达集团有限公司@远达集团有限公司",
    ]);
    // kept: the same company opening the clause
    expect(orgs("近日，远达集团有限公司承建码头。")).toEqual([
      "Organization:远达集团有限公司@远达集团有限公司",
    ]);
  });
});

describe("a name that fills a list item or clause segment before its legal form", () => {
  it("reads a name that fills a list item or a clause segment where the word run breaks (release 28)", () => {
    expect(orgs("园区内、中航光电子有限公司的厂房已经完工。")).toEqual([
      "Organization:中航光电子有限公司@中航光电子有限公司",
    ]);
    expect(orgs("展厅、华北钢构再制造有限公司,听取介绍。")).toEqual([
      "Organization:华北钢构再制造有限公司@华北钢构再制造有限公司",
    ]);
    expect(orgs("合作方与平和新材料股份有限公司签署了框架协议。")).toEqual([
      "Organization:平和新材料股份有限公司@平和新材料股份有限公司",
    ]);
  });

  it("reads no segment of pronouns, counts, times or clause verbs before a legal form", () => {
    for (const t of [
      "随后,一家有限公司在当地成立。",
      "2020年,成立有限公司三家。",
      "同时,新注册有限公司达到五百家。",
      "首先,组建有限公司需要审批。",
      "该项目、其他有限公司也参与了。",
      "由本地有限公司负责运营。",
    ])
      expect(orgs(t), t).toEqual([]);
  });

  it("reads no segment that ends in a founding verb phrase (合资成立有限公司, mend of release 28)", () => {
    for (const t of [
      "开发区与市政府合资成立有限公司负责建设。",
      "该集团与港方合资组建有限公司经营码头。",
      "两家银行同外商共同设立有限公司开展业务。",
    ])
      expect(orgs(t), t).toEqual([]);
  });
});
