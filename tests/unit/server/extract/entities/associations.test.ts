import { describe, expect, it } from "vitest";
import { associations } from "../../../../../server/extract/entities/associations";
import { catalogSurfaces } from "../../../../../server/extract/entities/catalog-surfaces";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule associations", () => {
  it("reads associations and chambers led by a country, a catalogued body inside them", () => {
    expect(mentionsBy([associations], "中国国际贸易学会和越南咖啡协会的代表出席。")).toEqual([
      "Organization:中国国际贸易学会@中国国际贸易学会",
      "Organization:越南咖啡协会@越南咖啡协会",
    ]);
    expect(idsBy([associations], "据中国世界贸易组织研究会统计，")).toEqual([
      "Organization:中国世界贸易组织研究会",
    ]);
  });

  it("needs the country to open the name and no function word inside", () => {
    expect(idsBy([associations], "全中国的协会和泰国在当地的商会。")).toEqual([
      "Country:中国",
      "Country:泰国",
    ]);
  });

  it("reads local chambers led by a province, city or district, the place a part of the name", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("杭州市工商联与南京市温州商会签订协议。")).toEqual([
      "Organization:杭州市工商联@杭州市工商联",
      "Organization:南京市温州商会@南京市温州商会",
    ]);
  });

  it("reads no chamber across a quantifier or a particle after the place, nor inside 会议", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("杭州市各行业协会与南京市的企业协会座谈。")).toEqual([]);
    expect(orgs("代表在杭州市联合会议上发言。")).toEqual([]);
  });

  it("reads no association when its head opens the next word after the place (会展, 联动, 会同, 会计)", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("北京市促进会展业发展的若干措施出台。")).toEqual([]);
    expect(orgs("广州市工商联动执法检查全面启动。")).toEqual([]);
    expect(orgs("福州市工商联席会议召开。")).toEqual([]);
    expect(orgs("浙江省研究会同有关部门制定了方案。")).toEqual([]);
    expect(orgs("重庆市研究会商解决办法。")).toEqual([]);
    expect(orgs("南京市学会计的人越来越多。")).toEqual([]);
    expect(orgs("市民在上海市联合会展中心参观。")).toEqual([]);
    expect(orgs("福州市商会举办年会。")).toEqual(["Organization:福州市商会@福州市商会"]);
  });

  it("reads 贸促会 as a local chamber, 公会 as an association and a federation of associations whole", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("浙江省贸促会会长和宁波市贸促会的代表出席。")).toEqual([
      "Organization:浙江省贸促会@浙江省贸促会",
      "Organization:宁波市贸促会@宁波市贸促会",
    ]);
    expect(orgs("据福建船东公会介绍，")).toEqual(["Organization:福建船东公会@福建船东公会"]);
    expect(orgs("法国海外商会联盟组团来访。")).toEqual(["Organization:法国海外商会联盟@法国海外商会联盟"]);
  });

  it("reads no 贸促会, 公会 or 联盟 across a particle, a quantifier or a verb", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("江苏省各级贸促会积极行动。")).toEqual([]);
    expect(orgs("广东省的渔业公会数量增加。")).toEqual([]);
    expect(orgs("法国和德国结成联盟。")).toEqual([]);
    expect(orgs("上海市民主动加入联盟。")).toEqual([]);
    // (联盟 as the verb of a clause whose object is associations: the chamber's name ends before it)
    expect(orgs("杭州市商会联盟省内外行业协会共同倡议。")).toEqual(["Organization:杭州市商会@杭州市商会"]);
  });

  it("keeps the noun 联盟 in the federation's name when a conjunction or preposition follows it", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("上海市商会联盟与香港中华总商会签署合作协议。")).toContain(
      "Organization:上海市商会联盟@上海市商会联盟",
    );
    expect(orgs("上海市商会联盟和江苏省商会共同主办论坛。")).toEqual([
      "Organization:上海市商会联盟@上海市商会联盟",
      "Organization:江苏省商会@江苏省商会",
    ]);
    expect(orgs("中国欧盟商会联盟同德国工商会签署合作备忘录。")).toContain(
      "Organization:中国欧盟商会联盟@中国欧盟商会联盟",
    );
  });

  it("reads 总会 and 联会 as heads only where the word ends (a mark, an officer's title, a count and classifier)", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("澳门茶叶贸易总会主席来访。")).toEqual(["Organization:澳门茶叶贸易总会@澳门茶叶贸易总会"]);
    expect(orgs("广州市陶瓷同乡联会、福州市商会等团体出席。")).toEqual([
      "Organization:广州市陶瓷同乡联会@广州市陶瓷同乡联会",
      "Organization:福州市商会@福州市商会",
    ]);
    expect(orgs("泰国橡胶种植总会会长来访。")).toEqual(["Organization:泰国橡胶种植总会@泰国橡胶种植总会"]);
    expect(orgs("广州市陶瓷同乡联会两大团体联合发布声明。")).toEqual([
      "Organization:广州市陶瓷同乡联会@广州市陶瓷同乡联会",
    ]);
  });

  it("reads a closed head before a conjunction and another association, or 等 and a group noun (review21i #5)", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("澳门渔民互助总会和澳门妇女联合会举办活动。")).toEqual([
      "Organization:澳门渔民互助总会@澳门渔民互助总会",
      "Organization:澳门妇女联合会@澳门妇女联合会",
    ]);
    expect(orgs("香港江西社团联会与香港温州商会联合主办。")).toEqual([
      "Organization:香港江西社团联会@香港江西社团联会",
      "Organization:香港温州商会@香港温州商会",
    ]);
    expect(orgs("香港江西社团联会等团体发表声明。")).toEqual([
      "Organization:香港江西社团联会@香港江西社团联会",
    ]);
    expect(orgs("上海市游客总会和北京的朋友联系。")).toEqual([]);
  });

  it("reads no 总会 'always' before a conjunction, an officer-like character or a count without classifier", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    for (const t of [
      "美国球迷总会与球员合影留念。",
      "日本游客总会等到樱花盛开再出发。",
      "中国父母总会主动帮孩子安排。",
      "美国投资者总会理性看待风险。",
      "越南农民总会三五成群去赶集。",
      "德国车迷总会和朋友聚会。",
      "中华儿女总会和睦相处。",
      "上海市游客总会两三天去一次。",
      "广州市退休老人总会副食品店排队。",
      // (review21i #4: a title that opens another word, a count without a group noun)
      "美国球迷总会主席台前欢呼。",
      "日本学生总会三个一组完成作业。",
      "上海市游客总会主席团队一起出行。",
    ])
      expect(orgs(t), t).toEqual([]);
  });

  it("reads no 总会 or 联会 that is an adverb or the start of another word", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("日本游客总会买很多纪念品。")).toEqual([]);
    expect(orgs("上海市民每年总会去公园赏花。")).toEqual([]);
    expect(orgs("法国球迷总会一起唱歌。")).toEqual([]);
    expect(orgs("杭州市这家公司关联会计科目很多。")).toEqual([]);
  });

  it("reads a name opened by 中华 and a country's 工商会 written at once", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("中华园艺学会与越南工商会签署备忘录。")).toEqual([
      "Organization:中华园艺学会@中华园艺学会",
      "Organization:越南工商会@越南工商会",
    ]);
  });

  it("reads no 中华 name without a head, across a function word, or inside a word", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("中华美食的种类丰富，深受协会会员喜爱。")).toEqual([]);
    expect(orgs("弘扬中华传统的学会活动很多。")).toEqual([]);
    expect(orgs("中华的书法协会与画会很多。")).toEqual([]);
    expect(orgs("两国工商会代表出席。")).toEqual([]);
    expect(orgs("新加坡工商会馆举办活动。")).toEqual([]);
    expect(orgs("中国工商会员大会召开。")).toEqual([]);
  });

  it("reads no association where a count, a determiner or a class word follows the lead", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("美国多家咖啡协会表示反对。")).toEqual([]);
    expect(orgs("日本一些茶叶研究会发表报告。")).toEqual([]);
    expect(orgs("俄罗斯相关木材协会参与讨论。")).toEqual([]);
    expect(orgs("浙江省其他行业协会也参加了。")).toEqual([]);
  });

  it("keeps names whose field opens like a count or a class word (百货, 多式, 数字, 主要, 当地)", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    for (const name of [
      "中国百货商业协会",
      "中国多式联运协会",
      "中国数字经济学会",
      "中国三农问题研究会",
      "中国千岛湖旅游协会",
      "美国主要汽车制造商协会",
      "泰国当地华人商会",
      "上海市每日新闻研究会",
    ])
      expect(orgs(`${name}发布报告。`), name).toEqual([`Organization:${name}@${name}`]);
  });

  it("keeps 全国 and 全球 as words of an association's name", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("德国全球机械制造商协会发表声明。")).toEqual([
      "Organization:德国全球机械制造商协会@德国全球机械制造商协会",
    ]);
    expect(orgs("中华全国茶叶流通联合会举办论坛。")).toEqual([
      "Organization:中华全国茶叶流通联合会@中华全国茶叶流通联合会",
    ]);
  });
});
