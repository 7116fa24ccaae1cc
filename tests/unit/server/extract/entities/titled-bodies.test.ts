import { describe, expect, it } from "vitest";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { titledBodies } from "../../../../../server/extract/entities/titled-bodies";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
const all = (t: string) => mentionsBy([...ENTITY_RULES], t, false);
const without = (t: string) =>
  mentionsBy(
    ENTITY_RULES.filter((r) => r !== titledBodies),
    t,
    false,
  );
const orgs = (ms: string[]) => ms.filter((m) => m.startsWith("Organization:")).map((m) => m.split("@")[1]);

describe("entity rule titled-bodies", () => {
  it("reads a place-led body before an officer's title and the officer", () => {
    for (const [t, body] of [
      ["出席者包括宁波港口管理局局长钱某某等人。", "宁波港口管理局"],
      ["随行的还有青岛律师会会长韩某某等十余人。", "青岛律师会"],
      ["延吉市开发与口岸办公室主任崔某向来访者介绍了客流。", "延吉市开发与口岸办公室"],
      ["广东省船舶引航站湛江分站站长林某说，引航量增加。", "广东省船舶引航站湛江分站"],
    ] as const) {
      expect(orgs(all(t))).toContain(body);
      // (customs-offices reads a customs office named by a proper name too: it is left out here)
      const neither = ENTITY_RULES.filter((r) => r !== titledBodies && r.name !== "customs-offices");
      expect(orgs(mentionsBy(neither, t, false))).not.toContain(body);
    }
  });

  it("reads the head written once (管理局长), a conjunction inside the field and a dash between places", () => {
    expect(orgs(all("到场嘉宾包括宁波港口管理局长钱某某。"))).toContain("宁波港口管理局");
    expect(orgs(all("澳门文化及旅游发展局局长黄某某致辞。"))).toContain("澳门文化及旅游发展局");
    expect(orgs(all("智利-中国商会会长罗某说，展会很成功。"))).toContain("智利-中国商会");
  });

  it("reads no shortened minister's title as a ministry, and no meeting of ministers", () => {
    // a title writing the ministry in full names it (sets 19-22: 法国农业部长 -> 法国农业部, foreign-ministries.ts)
    expect(orgs(all("法国外长会见了来访的代表团。")).some((m) => m?.endsWith("部"))).toBe(false);
    expect(orgs(all("第五次东盟经贸部长特别会议在线上举行。")).some((m) => m?.includes("经贸部"))).toBe(
      false,
    );
  });

  it("reads no body in a list of places, after a deictic place word, or where a title opens another word", () => {
    // a conjunction before a place: two places, no body's field
    expect(orgs(all("福州和厦门海关关长王某某出席。")).some((m) => m?.startsWith("福州"))).toBe(false);
    // 我国 names no place of its own
    expect(orgs(all("我国贸工部长李某某率团访问。")).some((m) => m?.startsWith("我国"))).toBe(false);
    // 局长期: 长期 after 局, no bureau's head (the body would be added but for the lookahead)
    const long = "宁波港口管理局长期关注航运市场。";
    expect(orgs(all(long))).toEqual(orgs(without(long)));
    expect(orgs(all("我们的主任务是把杭州中心建好。")).some((m) => m?.startsWith("杭州"))).toBe(false);
  });

  it("reads a title only before a person, a placeholder or a list mark, and no 长 that opens a word", () => {
    // (长三角, 长达: 长 opens another word; 长约, 长年: no person follows)
    for (const t of [
      "该企业在上海布局长三角研发中心。",
      "企业加快在杭州布局长三角市场。",
      "昆明会展中心展厅长达200米。",
      "广州南站候车大厅长约400米。",
      "深圳一家公司长年出口电子产品。",
      // (长方形, 长方体: 方 is a surname, but the shape word follows)
      "贵阳博览中心展馆长方形，采光很好。",
      "杭州东站售票大厅长方体结构。",
    ])
      expect(orgs(all(t))).toEqual(orgs(without(t)));
    // a person's name (a surname and a given name, a Tibetan given name, a compound surname) keeps the body
    for (const [t, body] of [
      ["到场的有宁波港口管理局局长邱文涛等人。", "宁波港口管理局"],
      ["随行的还有宁波港口管理局副局长扎西平措。", "宁波港口管理局"],
      ["青岛律师会会长欧阳某出席。", "青岛律师会"],
      // (a Vietnamese or Thai surname, a Latin name, 一行/等/及 as list marks, the titled person speaking)
      ["东岸工商会会长阮明德致辞。", "东岸工商会"],
      ["东岸工商会会长颂提出席。", "东岸工商会"],
      ["东岸工商会会长Nguyen出席。", "东岸工商会"],
      ["东岸工商会会长一行到访南宁。", "东岸工商会"],
      ["东岸工商会会长等出席仪式。", "东岸工商会"],
      ["东岸工商会会长及秘书长出席。", "东岸工商会"],
      ["东岸工商会会长表示将扩大投资。", "东岸工商会"],
    ] as const) {
      expect(orgs(all(t))).toContain(body);
      // (customs-offices reads a customs office named by a proper name too: it is left out here)
      const neither = ENTITY_RULES.filter((r) => r !== titledBodies && r.name !== "customs-offices");
      expect(orgs(mentionsBy(neither, t, false))).not.toContain(body);
    }
  });

  it("reads no sector, programme, rank or count as a body (a person named after the title)", () => {
    for (const t of [
      // a run opening with a sector compound (nz, j, x) or a programme's modifier
      "跨境电商协会会长王某表示，订单增加。",
      "外商投资企业协会会长王某说，信心回升。",
      "数字经济研究院院长李某认为，算力是关键。",
      "河长制办公室主任李某说，水质好转。",
      "自贸试验区工作办公室主任王某介绍了进展。",
      "美丽乡村建设办公室主任张某说，村容改善。",
      // a professional rank opening with 主任
      "广州妇幼保健中心主任医师某某说，病例增多。",
      "北京肿瘤防治中心主任委员某某出席。",
      // a count or a pronoun before the body: an unnamed body
      "深圳一家公司董事长王某说，订单饱满。",
    ])
      expect(orgs(all(t))).toEqual(orgs(without(t)));
  });

  it("reads no body inside a longer one, nor over a port or corridor named by the place", () => {
    // a place right after another body's head is a unit's field
    expect(orgs(all("法兰克福市长办公室德国事务部主任施某某发言。"))).not.toContain("德国事务部");
    // a party committee in the field: this rule adds no body (another rule's reading stays as it was)
    const party = "会上，南京市委宣传部部长张某某讲话。";
    expect(orgs(all(party))).toEqual(orgs(without(party)));
  });

  it("reads a body no place opens when its run opens with a proper name (a port town's customs, a council)", () => {
    for (const [t, body] of [
      ["普兰海关副关长次仁介绍，通关量回升。", "普兰海关"],
      ["西岸海湾发展理事会总执行长某某今日发表文告说。", "西岸海湾发展理事会"],
    ] as const) {
      expect(orgs(all(t))).toContain(body);
      // (customs-offices reads a customs office named by a proper name too: it is left out here)
      const neither = ENTITY_RULES.filter((r) => r !== titledBodies && r.name !== "customs-offices");
      expect(orgs(mentionsBy(neither, t, false))).not.toContain(body);
    }
  });

  it("reads no generic or elliptical body, no time word, verb or zone's short form as a body's run", () => {
    for (const t of [
      "物流公司总经理王某说，运价上涨。",
      "港务局局长刘某介绍了吞吐量。",
      "会上集团董事长王某致辞。",
      "当地海关关长李某说，查验加快。",
      "合作区执委会主任李某表示欢迎。",
      "王某早前陪同财政司司长出访。",
    ])
      expect(orgs(all(t))).toEqual(orgs(without(t)));
  });
});

describe("a body no place opens, named by joined portfolios", () => {
  const orgs = (t: string) => all(t).filter((m) => m.startsWith("Organization:"));
  it("reads 甲及乙局 before its head's title and a person", () => {
    expect(orgs("港口及航运局局长陈某今日会见来宾。")).toEqual(["Organization:港口及航运局@港口及航运局"]);
    expect(orgs("（图）交通及物流局局长丘某出席仪式。")).toEqual(["Organization:交通及物流局@交通及物流局"]);
    // 丘 opens a person's name after the title (titled-bodies.json personOpeners)
    expect(orgs("环境及生态局局长丘立群与来宾会面。")).toEqual(["Organization:环境及生态局@环境及生态局"]);
  });

  it("reads no body from a list of bodies or a single sector word", () => {
    expect(orgs("会上，公司和海关局长王某致辞。")).toEqual([]);
    expect(orgs("会上，港务局局长王某致辞。")).toEqual([]);
  });

  it("reads no body from portfolios joined by 和 (an elliptical local body) or a department's head 部", () => {
    // 和 joins the portfolios of a local body whose place the text leaves out (titled-bodies.json portfolioJoiners)
    expect(orgs("会上，规划和国土资源局局长赵某出席。")).toEqual([]);
    expect(orgs("会上，质量和标准局局长吴某出席。")).toEqual([]);
    // 部 heads a company's department as well (titled-bodies.json portfolioHeads: 局, 署, 司)
    expect(orgs("会上，人事及财务部部长孙某介绍流程。")).toEqual([]);
    // a bureau or a department (署) so named is still read
    expect(orgs("会上，渔业及水产署署长何某致辞。")).toEqual(["Organization:渔业及水产署@渔业及水产署"]);
  });
});
