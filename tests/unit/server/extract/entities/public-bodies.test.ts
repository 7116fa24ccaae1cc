import { describe, expect, it } from "vitest";
import { publicBodies, schoolClause } from "../../../../../server/extract/entities/public-bodies";
import { extractDocument } from "../../../../../server/extract/index";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule public-bodies", () => {
  it("reads place-led public bodies", () => {
    expect(mentionsBy([publicBodies], "江西省人民政府与南昌大学签署合作协议。")).toEqual([
      "Organization:江西省人民政府@江西省人民政府",
      "Organization:南昌大学@南昌大学",
    ]);
  });

  it("keeps a government body's unit written right after it, and no clause after it", () => {
    const orgs = (t: string) => mentionsBy([publicBodies], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("湖北省人民政府办公厅印发通知。")).toEqual([
      "Organization:湖北省人民政府办公厅@湖北省人民政府办公厅",
    ]);
    expect(orgs("德阳市人民政府政务服务中心开放窗口。")).toEqual([
      "Organization:德阳市人民政府政务服务中心@德阳市人民政府政务服务中心",
    ]);
    expect(orgs("郑州市人民政府与企业签约。")).toEqual(["Organization:郑州市人民政府@郑州市人民政府"]);
    expect(orgs("郑州市人民政府将在年内出台办法。")).toEqual(["Organization:郑州市人民政府@郑州市人民政府"]);
  });
});

describe("public bodies: China before a catalogued national body, and an office after a department", () => {
  it("reads 中国国家发展和改革委员会 as the catalogued national body, not a longer name", () => {
    const ms = mentionsBy([publicBodies], "中国国家发展和改革委员会发布通知。");
    expect(ms).toContain("Organization:国家发展改革委@国家发展和改革委员会");
    expect(ms.some((m) => m.startsWith("Organization:中国国家"))).toBe(false);
  });

  it("keeps an office written right after a department (商务厅口岸办), not 办理", () => {
    expect(mentionsBy([publicBodies], "甘肃省商务厅外事办发布消息。")).toContain(
      "Organization:甘肃省商务厅外事办@甘肃省商务厅外事办",
    );
    expect(mentionsBy([publicBodies], "甘肃省商务厅办理了手续。")).toContain(
      "Organization:甘肃省商务厅@甘肃省商务厅",
    );
  });
});

describe("public bodies: a place in a list before another place's body", () => {
  const orgs = (t: string) =>
    mentionsBy([publicBodies], t)
      .filter((m) => m.startsWith("Organization:"))
      .map((m) => m.split("@")[1]);

  it("starts the body at the last place of a list joined by 及 or 、", () => {
    expect(orgs("香港特区政府、澳门特区政府以及广东省人民政府共同主办。")).toEqual(["广东省人民政府"]);
    expect(orgs("江苏省及浙江省人民政府联合发文。")).toEqual(["浙江省人民政府"]);
    expect(orgs("上海、杭州、宁波市人民政府签署协议。")).toEqual(["宁波市人民政府"]);
  });

  it("keeps a body whose own field holds 及 when no place follows it", () => {
    expect(orgs("安徽省水产及畜牧研究院公布成果。")).toEqual(["安徽省水产及畜牧研究院"]);
    expect(orgs("苏州市纺织及服装研究院今日揭牌。")).toEqual(["苏州市纺织及服装研究院"]);
  });

  it("starts no body at a place followed by a count of places (两省, 三省一市)", () => {
    expect(orgs("江苏、安徽两省人民政府签署协议。")).toEqual([]);
    expect(orgs("福建、江西两地商务厅共同举办推介会。")).toEqual([]);
  });

  it("keeps a body written whole after a list word", () => {
    expect(orgs("会议由广东省人民政府及企业代表出席。")).toEqual(["广东省人民政府"]);
    expect(orgs("以及湖南省人民政府办公厅的通知。")).toEqual(["湖南省人民政府办公厅"]);
  });

  it("ends a name at its head when another place follows it (…大学由…大学), but keeps a university's institute", () => {
    const names = (t: string) =>
      mentionsBy([publicBodies], t)
        .filter((m) => m.startsWith("Organization:"))
        .map((m) => m.slice(m.lastIndexOf("@") + 1));
    expect(names("柬埔寨南京大学由中国南京大学援建。")).toEqual(["柬埔寨南京大学", "中国南京大学"]);
    expect(names("泰国清华大学经中国清华大学认证。")).toEqual(["泰国清华大学", "中国清华大学"]);
    expect(names("越南武汉大学与中国武汉大学共建课程。")).toEqual(["越南武汉大学", "中国武汉大学"]);
    expect(names("浙江大学国家制造业研究院发布报告。")).toEqual(["浙江大学国家制造业研究院"]);
    expect(names("山西大学经济与管理学院的学生参加比赛。")).toEqual(["山西大学经济与管理学院"]);
  });

  it("lets the later country lead a body's name when two countries stand before its head", () => {
    const names = (t: string) =>
      mentionsBy([publicBodies], t)
        .filter((m) => m.startsWith("Organization:"))
        .map((m) => m.slice(m.lastIndexOf("@") + 1));
    expect(names("许多蒙古学生赴中国北京大学深造。")).toEqual([]);
    expect(names("一批越南青年走进中国武汉大学课堂。")).toEqual([]);
    expect(names("泰国学者访问中国南京大学时作了报告。")).toEqual([]);
    expect(names("中国南京大学的教授出席。")).toEqual(["中国南京大学"]);
    expect(names("美国加州大学的学者来访。")).toEqual(["美国加州大学"]);
  });

  it("reads countries written side by side as one name's words, and closes no name without a preposition", () => {
    const names = (t: string) =>
      mentionsBy([publicBodies], t)
        .filter((m) => m.startsWith("Organization:"))
        .map((m) => m.slice(m.lastIndexOf("@") + 1));
    expect(names("中国人民大学与美国哥伦比亚大学签署协议。")).toEqual(["中国人民大学", "美国哥伦比亚大学"]);
    expect(names("美国新墨西哥大学的研究团队发布成果。")).toEqual(["美国新墨西哥大学"]);
    expect(names("中国日本研究院举办研讨会。")).toEqual(["中国日本研究院"]);
    expect(names("中国科学院深圳理工大学迎来首届本科生。")).toEqual(["中国科学院深圳理工大学"]);
  });

  it("names no body when a count of bodies stands right before the head (八十所大学, 三家研究院)", () => {
    const orgs = (t: string) => mentionsBy([publicBodies], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("台湾八十所大学与日本签署协议。")).toEqual([]);
    expect(orgs("浙江省三家研究院联合发布报告。")).toEqual([]);
    expect(orgs("湖北省第一所大学创办于清末。")).toEqual([]);
    expect(orgs("海南省两座研究院落成。")).toEqual([]);
    // an approximate count (二十余所, 逾百家) counts bodies too
    expect(orgs("贵州三十余所大学代表来访。")).toEqual([]);
    expect(orgs("江西省逾百家研究院联合攻关。")).toEqual([]);
    // the place before the count stays a place (catalog-surfaces reads no name up to the head across a count)
    const ids = (t: string) => extractDocument("counted.txt", t).nodes.map((x) => x.id);
    expect(ids("甘肃两所大学入选首批名单。")).toEqual(["Province:甘肃省"]);
    expect(ids("吉林二十余家研究院参会。")).toEqual(["Province:吉林省"]);
    expect(ids("湖南每所大学都设有国际处。")).toEqual(["Province:湖南省"]);
    // the first, each or every one (首家, 每所, 各所) counts bodies too (mend after review22t)
    expect(orgs("甘肃省首家研究院挂牌。")).toEqual([]);
    expect(orgs("湖南每所大学都设有国际处。")).toEqual([]);
    expect(orgs("江西各所大学积极响应。")).toEqual([]);
    expect(orgs("云南大学每年招收留学生。")).toEqual(["Organization:云南大学@云南大学"]);
    // a name with no count is read as before
    expect(orgs("四川大学与重庆大学签署合作协议。")).toEqual([
      "Organization:四川大学@四川大学",
      "Organization:重庆大学@重庆大学",
    ]);
  });

  it("reads a clause after 大学 only at its opening, and a verb of working together only after a partner", () => {
    const clause = (t: string) => schoolClause(t, t.indexOf("大学"), t.slice(t.indexOf("大学") + 2));
    expect(clause("该校同南昌大学合作设立孔子学院")).toBe(true);
    expect(clause("该校与南昌大学共同组建研究院")).toBe(true);
    expect(clause("南昌大学设立孔子学院")).toBe(true);
    expect(clause("南昌大学合作发展学院")).toBe(false);
    expect(clause("同济大学合作发展学院")).toBe(false);
    expect(clause("南昌大学中德合作学院")).toBe(false);
    // review20k 5: a partner before, but a unit's head right after the verb names the unit
    expect(clause("他和南开大学合作发展学院师生座谈")).toBe(false);
    expect(clause("江西与南昌大学合作学院签署协议")).toBe(false);
    expect(clause("该市与南昌大学合作建设研究院")).toBe(true);
    expect(clause("该市与南昌大学合作办学，成立新学院")).toBe(true);
  });
});
