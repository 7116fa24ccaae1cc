import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { industryItems } from "../../../../../server/extract/entities/industry-items";
import { Names } from "../../../../../server/extract/entities/names";
import { extractDocument } from "../../../../../server/extract/index";
import { normalize } from "../../../../../server/extract/text";
import { expectQuotesAtOffsets, hasEdge, hasNode } from "../../../../support/extracted";

const has = hasEdge;
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("sector lists and X产业 names", () => {
  it("finds industries of a field list and gives them to the named subject", () => {
    const text =
      "重庆自贸试验区聚焦工业软件、低空经济和智能家居等重点领域，在教育、科技等领域深化与东盟的文化交流。";
    const g = extractDocument("ind.txt", text);
    const zone = "FreeTradeZone:中国（重庆）自由贸易试验区";
    for (const i of ["工业软件", "低空经济", "智能家居"]) {
      expect(node(g, `Industry:${i}`), i).toBe(true);
      expect(has(g, `FOCUSES_ON:${zone}->Industry:${i}`), i).toBe(true);
    }
    // fields of cultural cooperation are not sectors
    expect(node(g, "Industry:教育")).toBe(false);
    quotesOk(g, text);
  });

  it("keeps facilities of a field list (a base, a headquarters) out of the sectors", () => {
    const text = "天津自贸试验区聚焦海洋装备、水产育种基地、船企区域总部和邮轮旅游等重点领域。";
    const g = extractDocument("ind2.txt", text);
    expect(node(g, "Industry:海洋装备")).toBe(true);
    expect(node(g, "Industry:邮轮旅游")).toBe(true);
    expect(node(g, "Industry:水产育种基地")).toBe(false);
    expect(node(g, "Industry:船企区域总部")).toBe(false);
    quotesOk(g, text);
  });
});

describe("a list closed by a count of kinds (entities/industry-items.ts countedLists)", () => {
  it("reads the items when the count is the number of items", () => {
    const text = "河谷开发区将大力发展高科技电子信息、竹木加工、冷链仓储、新型陶瓷四大类产业。";
    const g = extractDocument("cnt.txt", text);
    for (const i of ["电子信息", "竹木加工", "冷链仓储", "新型陶瓷"])
      expect(node(g, `Industry:${i}`), i).toBe(true);
    expect(node(g, "Industry:高科技电子信息")).toBe(false);
    quotesOk(g, text);
  });

  it("reads nothing when the count differs, or for parks and shows", () => {
    const miss = (text: string, item: string) =>
      expect(node(extractDocument("cnt2.txt", text), `Industry:${item}`), text).toBe(false);
    miss("该县将着力发展竹木加工、冷链仓储三大产业。", "竹木加工");
    miss("该县将着力发展竹木加工、冷链仓储、新型陶瓷两大产业。", "冷链仓储");
    miss("该县将重点建设竹木加工、冷链仓储、新型陶瓷三大产业园。", "竹木加工");
    miss("本届展会设竹木加工、冷链仓储、新型陶瓷三大展区。", "竹木加工");
  });

  it("reads nothing when 产业 heads another noun (places or factors counted)", () => {
    const miss = (text: string, item: string) =>
      expect(node(extractDocument("cnt3.txt", text), `Industry:${item}`), text).toBe(false);
    miss("该区着力形成城东、城西、城南三大产业组团。", "城西");
    miss("新区重点打造江北、江南、河西三大产业片区。", "江南");
    miss("形成了陆港、空港、海港三大产业支撑。", "空港");
    miss("园区集聚人才、资本、技术三大产业要素。", "资本");
  });

  it("keeps the items when 产业 closes the phrase (a comma, 的发展, 为)", () => {
    const hit = (text: string, item: string) =>
      expect(node(extractDocument("cnt4.txt", text), `Industry:${item}`), text).toBe(true);
    hit("河谷开发区大力发展竹木加工、冷链仓储、新型陶瓷三大主导产业，带动就业。", "冷链仓储");
    hit("河谷开发区推动竹木加工、冷链仓储、新型陶瓷三大产业的发展。", "新型陶瓷");
    // (a verb phrase, 等 or a bracket after 产业 does not make it the head of another noun)
    hit("河谷开发区重点发展竹木加工、冷链仓储、新型陶瓷三大产业齐头并进。", "新型陶瓷");
    hit("河谷开发区重点发展竹木加工、冷链仓储、新型陶瓷三大主导产业项目加快落地。", "冷链仓储");
    hit("河谷开发区重点发展竹木加工、冷链仓储、新型陶瓷三大产业等。", "新型陶瓷");
    hit("河谷开发区重点发展竹木加工、冷链仓储、新型陶瓷三大产业（集群）。", "冷链仓储");
  });
});

describe("list openers and closers of closed lists (entities/industry-items.ts closedLists)", () => {
  const hit = (text: string, item: string) =>
    expect(node(extractDocument("open1.txt", text), `Industry:${item}`), text).toBe(true);
  const miss = (text: string, item: string) =>
    expect(node(extractDocument("open2.txt", text), `Industry:${item}`), text).toBe(false);

  it("reads a list that 以及 carries on from the clause before (industry.json cues ^以及)", () => {
    const text = "青岛片区将重点发展海洋生物、船舶设计等高端服务业，以及渔具加工、海藻食品等特色产业。";
    const g = extractDocument("open3.txt", text);
    for (const i of ["渔具加工", "海藻食品"]) {
      expect(node(g, `Industry:${i}`), i).toBe(true);
      expect(has(g, `FOCUSES_ON:Area:青岛片区->Industry:${i}`), i).toBe(true);
    }
    quotesOk(g, text);
  });

  it("reads a list after 做大做强 (industry.json cues)", () => {
    hit(
      "黑河片区重点发展跨境物流、边境旅游等现代服务业，做大做强大豆加工、寒地果蔬等产业，打造对俄合作新样板。",
      "寒地果蔬",
    );
    miss("该市将继续做大做强龙头企业、骨干企业等市场主体，提升服务水平。", "龙头企业");
  });

  it("reads a list closed by two class nouns joined after 等 (lexicon.ts INDUSTRY_CLASS_PAIR)", () => {
    hit(
      "钦州片区重点发展港航物流、国际贸易等服务业，以及红木家具、海产品加工等特色制造和绿色化工产业。",
      "红木家具",
    );
    hit(
      "钦州片区重点发展港航物流、国际贸易等服务业，以及红木家具、海产品加工等特色制造和绿色化工产业。",
      "海产品加工",
    );
  });

  it("reads no trades of people or bodies (industry.json closerHeads)", () => {
    miss("论坛邀请了多国驻华使节，以及张伟、李娜等行业专家出席。", "李娜");
    miss("会议邀请了多国驻华使节，以及多家商会、协会等行业组织参加。", "协会");
    miss("论坛邀请了多国驻华使节，以及张伟、李娜等行业专家出席。", "张伟");
    miss("活动涉及多家商会、协会等行业组织。", "协会");
    // (the trade after 的: 等领域的学者, 等行业的专家; mend23k)
    miss("研讨会请来了外宾，以及保险、审计等领域的学者参加。", "保险");
    miss("研讨会请来了外宾，以及保险、审计等行业的专家参加。", "审计");
  });
});

describe("mends of the closed-list openers and closers (round mend23b)", () => {
  const hit = (text: string, item: string) =>
    expect(node(extractDocument("mend1.txt", text), `Industry:${item}`), text).toBe(true);
  const miss = (text: string, item: string) =>
    expect(node(extractDocument("mend2.txt", text), `Industry:${item}`), text).toBe(false);

  it("reads a long 等…和/与… span that is no class pair as a bare 领域 list (the 8-character window)", () => {
    hit("新区发展远洋捕捞、渔船修理等水产加工与港口物流领域。", "远洋捕捞");
  });

  it("keeps no piece that still holds 等 and a class noun (…等行业商会)", () => {
    const text = "支持培育果品、花卉等行业商会。";
    expect(
      extractDocument("mend3.txt", text)
        .nodes.map((n) => n.id)
        .filter((id) => id.includes("等")),
      text,
    ).toEqual([]);
  });

  it("takes 代表 and 组织 as closer heads only as whole words (代表性, 组织化)", () => {
    hit("推动蚕桑、药材等产业组织化水平提升。", "药材");
    hit("重点引进潮汐发电、深海养殖等行业代表性企业。", "深海养殖");
  });

  it("reads no list whose class noun qualifies a body of people (等行业队伍)", () => {
    miss("做大做强导游、讲解员等行业队伍。", "讲解员");
  });

  it("reads no trades of talent as closed by people (人才, 从业者 are no closer heads)", () => {
    hit("重点引进储能材料、工业设计等领域人才。", "储能材料");
  });

  it("takes no company, group, fund or brand as a sector after 做大做强", () => {
    miss("做大做强创投基金、天使基金等产业资本。", "天使基金");
    miss("做大做强青山集团、蓝海公司等行业龙头企业。", "蓝海公司");
  });

  it("reads no list whose class noun is owned by a body (等集团的产业) or qualified by a clause", () => {
    miss("会议邀请了各省商务厅代表，以及青山、蓝海等集团的产业规划人员。", "蓝海");
    miss("引进明达、启航等企业近年新办的配套产业。", "启航");
  });

  it("takes no class pair whose first modifier is a body (等企业制造和物流产业)", () => {
    miss("推动明达、启航等企业制造和仓储产业联动。", "启航");
    hit("该区将布局风电叶片、氢能装备等先进制造和清洁能源产业。", "氢能装备");
  });
});

describe("X产业 before an abstract whole (industry.json abstractHeads, abstractScopes, industryNames)", () => {
  const n = new Names(loadCatalog());
  const names = (s: string) => industryItems(normalize(s), n).map((i) => i.name);
  it("reads no sector in a count or a scope word before 产业结构, 产业分工, 产业聚落, 产业产值", () => {
    expect(names("未来，区域产业结构将进一步优化。")).toEqual([]);
    expect(names("新区将着眼全球产业分工，加快形成长期产业聚落。")).toEqual([]);
    expect(names("据估算，该项目可带动约60亿元产业产值。")).toEqual([]);
  });
  it("keeps any other sector before such a head, catalogued or not (round mend28d)", () => {
    expect(names("今年，光电子产业产值增长两成。")).toEqual(["光电子产业"]);
    expect(names("目前，无人机产业结构持续优化。")).toEqual(["无人机"]);
  });
  it("cuts an X产业 name after 谋划, 调整 and 从事 (从事氢能产业: 氢能, not 事氢能产业)", () => {
    expect(names("专家建议全面谋划区域产业发展蓝图。")).toEqual([]);
    expect(names("该州将统筹调整产业布局，提升园区承载力。")).toEqual([]);
    expect(names("该市吸引多家从事氢能产业的企业落户。")).toEqual(["氢能"]);
  });
  it("keeps X产业 names elsewhere", () => {
    expect(names("该区大力发展冰雪旅游产业，做强文创产业。")).toEqual(["冰雪旅游", "文创产业"]);
  });
});
