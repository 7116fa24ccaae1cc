import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { jointWith } from "../../../../../server/extract/relations/joint-with";
import { expectQuotesAtOffsets } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule joint-with", () => {
  it("makes the side before 与 cooperate with each side listed after it when a joint word closes the clause", () => {
    expect(relationsBy([jointWith], "南沙片区将与前海蛇口片区和横琴新区片区加强功能互补。")).toEqual([
      "COOPERATES_WITH:Area:广州南沙新区片区->Area:深圳前海蛇口片区",
      "COOPERATES_WITH:Area:广州南沙新区片区->Area:珠海横琴新区片区",
    ]);
    expect(relationsBy([jointWith], "这条公路促进了中国与泰国、柬埔寨等国的协调发展。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:泰国",
      "COOPERATES_WITH:Country:中国->Country:柬埔寨",
    ]);
  });

  it("takes no country whose 的 and a company that signs follow it as the partner (与某国的一家公司签订)", () => {
    expect(relationsBy([jointWith], "大连港与日本的一家物流公司签订了仓储合作协议。")).toEqual([]);
    // (a company named after the 的 is the partner, as when written right after the country)
    expect(relationsBy([jointWith], "福州市与印度尼西亚的雅加达港务公司签订合作备忘录。")).toEqual([
      "COOPERATES_WITH:City:福州->Organization:雅加达港务公司",
    ]);
    // (no company signs: a noun and a verb before 企业 leave the country the partner)
    expect(relationsBy([jointWith], "山西省与德国的物流通道吸引企业共同参与。")).toEqual([
      "COOPERATES_WITH:Province:山西省->Country:德国",
    ]);
    expect(relationsBy([jointWith], "陕西省与法国的人文交往吸引企业共同参与。")).toEqual([
      "COOPERATES_WITH:Province:陕西省->Country:法国",
    ]);
    // (a country and 的 before the partnership itself stay a partner)
    expect(relationsBy([jointWith], "近年来，海南省致力深化与新加坡的关系。")).toEqual([
      "COOPERATES_WITH:Province:海南省->Country:新加坡",
    ]);
  });

  it("takes the clause's subject when 与 follows a verb (X致力深化与A的关系)", () => {
    expect(relationsBy([jointWith], "近年来，海南省致力深化与新加坡和马来西亚的关系。")).toEqual([
      "COOPERATES_WITH:Province:海南省->Country:新加坡",
      "COOPERATES_WITH:Province:海南省->Country:马来西亚",
    ]);
  });

  it("gives nothing without a joint word, for 参与/共同, or for organisations", () => {
    expect(relationsBy([jointWith], "重庆市与四川省的面积相比差距不大。")).toEqual([]);
    expect(relationsBy([jointWith], "广西积极参与中国—东盟合作。")).toEqual([]);
    expect(relationsBy([jointWith], "某某集团与上海港务公司签约合作。")).toEqual([]);
  });

  it("quotes both sides and the joint word", () => {
    const text = "湖北省与江西省签署战略合作协议。";
    const g = extractDocument("joint.txt", text);
    const e = g.edges.find((x) => x.type === "COOPERATES_WITH" && x.target === "Province:江西省");
    expect(e?.source).toBe("Province:湖北省");
    expect(e?.evidence[0]?.quote).toBe("湖北省与江西省签署战略合作协议");
    expectQuotesAtOffsets(g, text);
  });

  it("takes public bodies as partners of a place, skipping items that are no one name", () => {
    expect(
      relationsBy(
        [jointWith],
        "南沙片区今年已分别与广州市商务局、某某区招商办、东莞市人民政府签订战略合作协议。",
      ),
    ).toEqual([
      "COOPERATES_WITH:Area:广州南沙新区片区->Organization:广州市商务局",
      "COOPERATES_WITH:Area:广州南沙新区片区->Organization:东莞市人民政府",
    ]);
    // a body named by a place and a head (entities/government-bodies) is the partner, not the place opening it
    expect(relationsBy([jointWith], "南沙片区与惠州市工商行政管理局签订合作协议。")).toEqual([
      "COOPERATES_WITH:Area:广州南沙新区片区->Organization:惠州市工商行政管理局",
    ]);
    // companies are no partners of a place
    expect(relationsBy([jointWith], "南沙片区与某某物流有限公司签订合作协议。")).toEqual([]);
  });

  it("lets an organisation before 与, or its officer, be the home side, with any organisation as partner", () => {
    expect(relationsBy([jointWith], "广州市商务局还与珠海市签订合作备忘录。")).toEqual([
      "COOPERATES_WITH:Organization:广州市商务局->City:珠海",
    ]);
    expect(
      relationsBy([jointWith], "华远物流有限公司与东海港务集团有限公司通力协作，共同保障货源。"),
    ).toEqual(["COOPERATES_WITH:Organization:华远物流有限公司->Organization:东海港务集团有限公司"]);
    expect(
      relationsBy([jointWith], "东海港务集团有限公司董事长李明将与华远物流有限公司签署合作协议。"),
    ).toEqual(["COOPERATES_WITH:Organization:东海港务集团有限公司->Organization:华远物流有限公司"]);
    expect(relationsBy([jointWith], "老挝公共工程与运输部部长某某与中国商务部部长某某举行会谈。")).toEqual([
      "COOPERATES_WITH:Organization:老挝公共工程与运输部->Organization:商务部",
    ]);
    // (an officer named in Latin letters, the officer name shared with co-signatories.ts: mend24c)
    expect(
      relationsBy([jointWith], "东海港务集团有限公司董事长Peter Wong将与华远物流有限公司签署合作协议。"),
    ).toEqual(["COOPERATES_WITH:Organization:东海港务集团有限公司->Organization:华远物流有限公司"]);
    // (finding 2: a speech verb or another side between the officer and 与: the officer does not act)
    expect(relationsBy([jointWith], "东海港务集团有限公司董事长指出湖南省将与柬埔寨深化合作。")).toEqual([
      "COOPERATES_WITH:Province:湖南省->Country:柬埔寨",
    ]);
    expect(relationsBy([jointWith], "外交部部长表示泰国将与老挝加强合作。")).toEqual([
      "COOPERATES_WITH:Country:泰国->Country:老挝",
    ]);
    // (a zone's or area's management committee acts for it)
    expect(relationsBy([jointWith], "东海港务集团有限公司与福州片区管委会签署合作协议。")).toEqual([
      "COOPERATES_WITH:Organization:东海港务集团有限公司->Area:福州片区",
    ]);
  });

  it("reads 共建/签订…协议 as joint words, a city after its province, and an item's head name", () => {
    expect(relationsBy([jointWith], "柳州市将与贵州毕节共建跨省物流通道。")).toEqual([
      "COOPERATES_WITH:City:柳州->City:毕节",
    ]);
    expect(relationsBy([jointWith], "钦州港与广西北部湾国际港务集团北海港、湛江港签订合作协议。")).toEqual([
      "COOPERATES_WITH:Port:钦州港->Port:北海港",
      "COOPERATES_WITH:Port:钦州港->Port:湛江港",
    ]);
    // a partner of an earlier 与 is no home side of a later one: the home of that 与 is
    const text = "南沙片区与东莞签订合作协议，与佛山市顺德区签订战略合作协议，与珠海签订合作备忘录。";
    expect(relationsBy([jointWith], text)).toEqual([
      "COOPERATES_WITH:Area:广州南沙新区片区->City:东莞",
      "COOPERATES_WITH:Area:广州南沙新区片区->City:珠海",
    ]);
  });

  it("reads 一起/共同 after the partners as joint action", () => {
    expect(relationsBy([jointWith], "甘肃省与商务部一起筹办了这次博览会。")).toEqual([
      "COOPERATES_WITH:Province:甘肃省->Organization:商务部",
    ]);
    expect(relationsBy([jointWith], "甘肃省将与青海省共同举办论坛。")).toEqual([
      "COOPERATES_WITH:Province:甘肃省->Province:青海省",
    ]);
    // (与…相比 is no joint action)
    expect(relationsBy([jointWith], "甘肃省与青海省相比面积更大。")).toEqual([]);
  });

  it("reads diplomatic ties and sister or friendship relations as joint action (建交, 建立/缔结…关系)", () => {
    expect(relationsBy([jointWith], "今年是中国与新加坡建交35周年。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:新加坡",
    ]);
    expect(relationsBy([jointWith], "宁波港与汉堡港建立姊妹港关系。")).toEqual([
      "COOPERATES_WITH:Port:宁波港->Port:汉堡港",
    ]);
    expect(relationsBy([jointWith], "1985年，青岛市与日本下关市缔结友好城市关系。")).toEqual([
      "COOPERATES_WITH:City:青岛->City:下关",
    ]);
    // (a relation of comparison or a relation in another clause says nothing)
    expect(relationsBy([jointWith], "中国与新加坡的差距在缩小，两国关系稳定。")).toEqual([]);
  });

  it("reads partners named after an agreement's member noun, and dialogue held with them", () => {
    expect(relationsBy([jointWith], "越南与CPTPP成员国加拿大、墨西哥开展了多轮磋商。")).toEqual([
      "COOPERATES_WITH:Country:越南->Country:加拿大",
      "COOPERATES_WITH:Country:越南->Country:墨西哥",
    ]);
    expect(relationsBy([jointWith], "中国同新加坡举行了部长级会谈。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:新加坡",
    ]);
    // (the member noun alone names no partner; dialogue in another clause says nothing)
    expect(relationsBy([jointWith], "越南与CPTPP成员国的贸易增长较快。")).toEqual([]);
    expect(relationsBy([jointWith], "中国与新加坡的差距在缩小，各方开展对话。")).toEqual([]);
  });

  it("keeps the last partner when the verb 签署 follows it (its 署 ends no body's name)", () => {
    expect(relationsBy([jointWith], "中国已同智利、秘鲁签署了互认安排。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:智利",
      "COOPERATES_WITH:Country:中国->Country:秘鲁",
    ]);
  });

  it("lets a country's customs act for the country, with the customs of the countries it lists", () => {
    expect(relationsBy([jointWith], "中国海关已同智利、秘鲁等海关签署了互认安排。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:智利",
      "COOPERATES_WITH:Country:中国->Country:秘鲁",
    ]);
    // (another organisation before 同 is a side of its own, not a country's)
    expect(relationsBy([jointWith], "招商局集团已同智利、秘鲁签署了合作协议。")).toEqual([
      "COOPERATES_WITH:Organization:招商局集团->Country:智利",
      "COOPERATES_WITH:Organization:招商局集团->Country:秘鲁",
    ]);
  });
  it("gives no pair that a purpose only aims at (目的是促进…)", () => {
    expect(relationsBy([jointWith], "设立联合基金的目的是带动温州市与米兰市开展时装设计交流。")).toEqual([]);
    expect(relationsBy([jointWith], "温州市与米兰市开展时装设计交流。")).toEqual([
      "COOPERATES_WITH:City:温州->City:米兰",
    ]);
  });

  it("gives no side when a verb brings others named by a common noun to cooperate", () => {
    expect(relationsBy([jointWith], "大连市出台新政，鼓励本地旅行社与韩国开展旅游合作。")).toEqual([]);
    expect(relationsBy([jointWith], "大连市鼓励与韩国开展旅游合作。")).toEqual([
      "COOPERATES_WITH:City:大连->Country:韩国",
    ]);
  });
  it("gives no side when an unnamed region stands right before 与 (finding 7)", () => {
    expect(relationsBy([jointWith], "成都开通新航线，带动川渝地区与东盟深化合作。")).toEqual([]);
  });

  it("takes a country as the clause's subject, not a part of it, with states or bodies as partners", () => {
    expect(
      relationsBy([jointWith], "韩国正在调整出口结构，在深化与越南、泰国等国合作的同时开拓新市场。"),
    ).toEqual(["COOPERATES_WITH:Country:韩国->Country:越南", "COOPERATES_WITH:Country:韩国->Country:泰国"]);
    expect(relationsBy([jointWith], "新航线将中国西北与德国、法国连接在一起。")).toEqual([]);
    expect(relationsBy([jointWith], "洪都拉斯宣布，将改与北京建交。")).toEqual([]);
  });

  it("takes companies as partners of a place when the clause closes with an agreement signed", () => {
    expect(
      relationsBy([jointWith], "大连港与招商局集团有限公司、中远海运集团等企业签订了3个项目合作协议。"),
    ).toEqual([
      "COOPERATES_WITH:Port:大连港->Organization:招商局集团有限公司",
      "COOPERATES_WITH:Port:大连港->Organization:中远海运集团",
    ]);
    // (without a signing, a company is no partner of a place)
    expect(relationsBy([jointWith], "大连港与招商局集团有限公司共同开展合作。")).toEqual([]);
  });

  it("takes no place of an earlier clause or sentence when an organisation before 与 is the side", () => {
    expect(relationsBy([jointWith], "杭州市出台政策。青岛港集团随后与宁波市签署合作协议。")).toEqual([]);
    expect(
      relationsBy(
        [jointWith],
        "货物从南阳发出。青岛港股份经理王五到场致辞,随后代表公司与南阳市政府、郑州铁路局签订合作协议。",
      ),
    ).toEqual([]);
  });
  it("gives nothing when the two are only present together (共同/一起 before a verb of attending or witnessing)", () => {
    expect(relationsBy([jointWith], "在法国总统与德国总理的共同见证下，两家银行签署了贷款协议。")).toEqual(
      [],
    );
    expect(relationsBy([jointWith], "开幕式上，江苏省代表团与浙江省代表团一起观看了文艺演出。")).toEqual([]);
    expect(relationsBy([jointWith], "意大利外长与西班牙外长共同出席了音乐节的闭幕式。")).toEqual([]);
    expect(relationsBy([jointWith], "当天，福建省与台湾省的球迷一起参观了足球博物馆。")).toEqual([]);
    expect(relationsBy([jointWith], "周末，安徽省与江苏省共同参加了运动会开幕式。")).toEqual([]);
  });

  it("reads a joint act after the attendance, and 共同参加 of no event (finding 5 of review18c)", () => {
    expect(relationsBy([jointWith], "河南省与山东省共同出席仪式并签署物流合作协议。")).toEqual([
      "COOPERATES_WITH:Province:河南省->Province:山东省",
    ]);
    expect(relationsBy([jointWith], "甘肃省与青海省共同参加河西走廊生态屏障建设。")).toEqual([
      "COOPERATES_WITH:Province:甘肃省->Province:青海省",
    ]);
  });

  it("keeps 共同 and 一起 before a joint act (共同签署, 共同建设, 一起推动)", () => {
    expect(relationsBy([jointWith], "湖北省与江西省共同签署了旅游合作协议。")).toEqual([
      "COOPERATES_WITH:Province:湖北省->Province:江西省",
    ]);
    expect(relationsBy([jointWith], "近年来，海南省与新加坡一起推动航运发展。")).toEqual([
      "COOPERATES_WITH:Province:海南省->Country:新加坡",
    ]);
  });

  it("gives nothing to a place that only starts the unrecognised body acting (某省铁路部门加强与…合作)", () => {
    expect(relationsBy([jointWith], "春运期间，湖南铁路部门加强与长沙海关合作，保障旅客出行。")).toEqual([]);
    expect(relationsBy([jointWith], "为办好音乐节，四川文旅部门积极与泰国合作，邀请乐队演出。")).toEqual([]);
    expect(relationsBy([jointWith], "去年，江西省体育局加强与葡萄牙交流，引进足球教练。")).toEqual([]);
  });

  it("keeps the place itself as the clause's subject (某省加强与…合作)", () => {
    expect(relationsBy([jointWith], "近年来，湖南省积极加强与泰国的经贸合作。")).toEqual([
      "COOPERATES_WITH:Province:湖南省->Country:泰国",
    ]);
    expect(relationsBy([jointWith], "去年，湖南省在旅游领域加强与泰国合作。")).toEqual([
      "COOPERATES_WITH:Province:湖南省->Country:泰国",
    ]);
  });
  it("keeps a place whose own clause goes on otherwise before 与 (发挥区位优势，与…; 全区…与…: finding 1 of review18c)", () => {
    expect(relationsBy([jointWith], "云南充分发挥区位优势，不断深化与老挝的关系。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:老挝",
    ]);
    expect(relationsBy([jointWith], "广西充分发挥区位优势，与越南结为友好省区。")).toEqual([
      "COOPERATES_WITH:Province:广西壮族自治区->Country:越南",
    ]);
    expect(relationsBy([jointWith], "近年来，云南全区不断深化与缅甸的关系。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:缅甸",
    ]);
  });

  it("gives the whole pipeline no partner of a place that only starts the body acting (finding 8 of review18c)", () => {
    const g = extractDocument("body.txt", "为办好美食节，湖北商务部门积极与越南合作，引进特色餐饮。");
    expect(g.edges.filter((e) => e.type === "COOPERATES_WITH")).toEqual([]);
  });

  it("gives nothing to a place or country that only qualifies a head of state or an envoy (与某国总统某某会谈)", () => {
    expect(relationsBy([jointWith], "当天，湖南省代表团在长沙与法国驻华大使举行会谈。")).toEqual([]);
    expect(relationsBy([jointWith], "会后，江西省与意大利总统马某进行了会谈。")).toEqual([]);
    expect(relationsBy([jointWith], "会后，上海市与新加坡总理李某举行会谈。")).toEqual([]);
  });

  it("keeps a place or country before a word a title only starts (总理府, 总领事馆, 省长期: finding 3 of review18c)", () => {
    expect(relationsBy([jointWith], "江西省加强与泰国总理府的交流合作。")).toEqual([
      "COOPERATES_WITH:Province:江西省->Country:泰国",
    ]);
    expect(relationsBy([jointWith], "吉林省与日本总领事馆开展合作。")).toEqual([
      "COOPERATES_WITH:Province:吉林省->Country:日本",
    ]);
    expect(relationsBy([jointWith], "云南省与老挝琅勃拉邦省长期保持友好合作。")).toEqual([
      "COOPERATES_WITH:Province:云南省->City:琅勃拉邦",
    ]);
  });

  it("keeps the side of a leader who signs for it, outside a meeting (finding 4 of review18c)", () => {
    expect(relationsBy([jointWith], "杭州市与札幌市长共同签署友好交流协议。")).toEqual([
      "COOPERATES_WITH:City:杭州->City:札幌",
    ]);
    const g = extractDocument("mayor.txt", "杭州市与札幌市长共同签署友好交流协议。");
    expect(g.edges.filter((e) => e.type === "COOPERATES_WITH").map((e) => e.id)).toHaveLength(1);
    expect(relationsBy([jointWith], "会后，杭州市与札幌市长进行了会谈。")).toEqual([]);
  });

  it("keeps a country followed by a word that is no person's title (与新加坡总商会合作, 与越南签署…)", () => {
    expect(relationsBy([jointWith], "近年来，海南省积极与越南签署旅游合作协议。")).toEqual([
      "COOPERATES_WITH:Province:海南省->Country:越南",
    ]);
  });
  it("keeps a titled side that also signs in the sentence of the meeting (review18i 3)", () => {
    expect(relationsBy([jointWith], "中国与俄罗斯总统某某举行会谈并共同签署联合声明。")).toContain(
      "COOPERATES_WITH:Country:中国->Country:俄罗斯",
    );
    expect(relationsBy([jointWith], "广西与越南总理某某签署合作协议，此前双方举行了会谈。")).toContain(
      "COOPERATES_WITH:Province:广西壮族自治区->Country:越南",
    );
  });

  it("takes no country that only says whose companies act (越南汽车制造商某某与…) as a side", () => {
    expect(relationsBy([jointWith], "日本汽车制造商樱野汽车宣布已与印度签署合作协议。")).toEqual([]);
    expect(relationsBy([jointWith], "韩国企业明年将与越南开展深度合作。")).toEqual([]);
    expect(relationsBy([jointWith], "法国化妆品巨头兰溪已同泰国签署合作协议。")).toEqual([]);
  });

  it("keeps a country acting itself, with companies named elsewhere in the sentence", () => {
    expect(relationsBy([jointWith], "日本宣布已与印度签署合作协议。")).toEqual([
      "COOPERATES_WITH:Country:日本->Country:印度",
    ]);
    // (a government written by name is a body, and the body is the side: set 20's and 21's notes)
    expect(relationsBy([jointWith], "日本政府宣布已与印度签署合作协议。")).toEqual([
      "COOPERATES_WITH:Organization:日本政府->Country:印度",
    ]);
    expect(relationsBy([jointWith], "智利政府表示，将与秘鲁开展合作。")).toEqual([]);
    expect(relationsBy([jointWith], "越南与中国开展经贸合作，两国企业往来频繁。")).toEqual([
      "COOPERATES_WITH:Country:越南->Country:中国",
    ]);
  });

  it("keeps a country that acts on companies in its own phrase or clause before 与", () => {
    expect(relationsBy([jointWith], "柬埔寨欢迎更多中国企业赴柬投资，愿与中国深化经贸合作。")).toEqual([
      "COOPERATES_WITH:Country:柬埔寨->Country:中国",
    ]);
    expect(relationsBy([jointWith], "泰国正大力扶持中小企业，并将与日本签署合作协议。")).toEqual([
      "COOPERATES_WITH:Country:泰国->Country:日本",
    ]);
    expect(relationsBy([jointWith], "越南将为外国企业创造更好环境并与中国签署合作协议。")).toEqual([
      "COOPERATES_WITH:Country:越南->Country:中国",
    ]);
    // (but 的 may join the country to its companies)
    expect(relationsBy([jointWith], "德国的汽车企业将与越南开展深度合作。")).toEqual([]);
  });

  it("takes no place or country that only says where a group of people comes from (某国青年与某市学子…)", () => {
    expect(relationsBy([jointWith], "几位尼泊尔的青年与中国学子一起合作排练了一台舞剧。")).toEqual([]);
    expect(relationsBy([jointWith], "在这场球赛中，越南选手与中国选手共同展示了风采。")).toEqual([]);
    expect(relationsBy([jointWith], "周末，杭州的游客与苏州游客一起参加徒步，并合作搭起了帐篷。")).toEqual(
      [],
    );
    expect(relationsBy([jointWith], "一群越南留学生来到桂林，与广西师生合作绘制了一面壁画。")).toEqual([]);
  });

  it("keeps the state or place that acts when students are only the field of the cooperation", () => {
    expect(relationsBy([jointWith], "成都市与越南开展留学生交流合作。")).toEqual([
      "COOPERATES_WITH:City:成都->Country:越南",
    ]);
    expect(relationsBy([jointWith], "云南省与老挝签署了青年人才培养合作协议。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:老挝",
    ]);
    expect(relationsBy([jointWith], "成都市与韩国学生交换合作进展顺利。")).toEqual([
      "COOPERATES_WITH:City:成都->Country:韩国",
    ]);
    expect(relationsBy([jointWith], "海南省与俄罗斯游客包机合作持续推进。")).toEqual([
      "COOPERATES_WITH:Province:海南省->Country:俄罗斯",
    ]);
  });

  it("takes no country of workers, artists or a bloc's young people (occupation nouns, 国家 between)", () => {
    expect(relationsBy([jointWith], "越南籍员工与中国同事共同完成了项目。")).toEqual([]);
    expect(relationsBy([jointWith], "老挝工人与中国技术人员共同铺设铁轨。")).toEqual([]);
    expect(relationsBy([jointWith], "俄罗斯画家与中国书法家共同创作了一幅长卷。")).toEqual([]);
    expect(relationsBy([jointWith], "法国厨师与中国厨师合作推出新菜。")).toEqual([]);
    expect(relationsBy([jointWith], "广西与东盟国家青年共同参加论坛。")).toEqual([]);
  });

  it("takes a port or zone as the clause's subject across a comma, and a port after a country and 的 as the partner", () => {
    expect(
      relationsBy([jointWith], "今年洋山港加快国际化步伐，先后与新加坡港、荷兰的鹿特丹港签署友好港协议。"),
    ).toEqual(["COOPERATES_WITH:Port:洋山港->Port:新加坡港", "COOPERATES_WITH:Port:洋山港->Port:鹿特丹港"]);
    expect(relationsBy([jointWith], "钦州综合保税区去年封关运营，积极与越南开展经贸合作。")).toEqual([
      "COOPERATES_WITH:DevZone:钦州综合保税区->Country:越南",
    ]);
  });

  it("gives nothing for a port or zone compared, competing, starting at the same time or hosting people", () => {
    expect(relationsBy([jointWith], "洋浦港今年吞吐量增长较快，与上海港相比仍有差距。")).toEqual([]);
    expect(relationsBy([jointWith], "宁波舟山港货物吞吐量居全球第一，与新加坡港展开激烈竞争。")).toEqual([]);
    expect(relationsBy([jointWith], "该开发区成立于2010年，与深圳前海同时启动建设。")).toEqual([]);
    expect(relationsBy([jointWith], "上海港的船员们在码头上，与来自泰国的游客共同庆祝节日。")).toEqual([]);
  });

  it("gives nothing for a rank shared with 一起 (跻身, 位列) or a subject that only owns what follows it", () => {
    expect(
      relationsBy([jointWith], "宁波舟山港集装箱吞吐量突破3000万标箱，与上海港一起跻身全球前三。"),
    ).toEqual([]);
    expect(relationsBy([jointWith], "洋山港吞吐量大增，与新加坡港一起位列全球前三。")).toEqual([]);
    expect(relationsBy([jointWith], "宁波市GDP突破万亿元，与上海市一起跻身全国前十。")).toEqual([]);
    // (review21i #8: 位居, 入选, 名列)
    expect(relationsBy([jointWith], "天津市与釜山市共同位居北方航运枢纽前列。")).toEqual([]);
    expect(relationsBy([jointWith], "长沙市与武汉市一起入选首批示范城市。")).toEqual([]);
    expect(relationsBy([jointWith], "青岛港与天津港一起名列全国前五。")).toEqual([]);
    expect(relationsBy([jointWith], "上海港的外籍船员大多来自菲律宾，与越南的船员一起工作。")).toEqual([]);
    expect(relationsBy([jointWith], "天津港的留学生不少，与韩国的学生一起参观。")).toEqual([]);
    expect(relationsBy([jointWith], "嘉宾们希望用好青岛市的海洋科技资源，拓展及深化与日本的合作。")).toEqual(
      [],
    );
  });

  it("keeps a carried subject with 的 whose noun is no group of people (review21i #6)", () => {
    expect(relationsBy([jointWith], "贵州省的考察团，与柬埔寨共同签署了合作备忘录。")).toEqual([
      "COOPERATES_WITH:Province:贵州省->Country:柬埔寨",
    ]);
    expect(relationsBy([jointWith], "湖南省的外贸企业多，与湖北省共同推进物流通道建设。")).toEqual([
      "COOPERATES_WITH:Province:湖南省->Province:湖北省",
    ]);
  });

  it("takes the company a foreign country opens as the partner after 与, not the country", () => {
    expect(relationsBy([jointWith], "温州市与丹麦维斯卡集团签订合作协议。")).toEqual([
      "COOPERATES_WITH:City:温州->Organization:维斯卡集团",
    ]);
    expect(relationsBy([jointWith], "重庆与日本、韩国乐天集团签署协议。")).toContain(
      "COOPERATES_WITH:Province:重庆市->Organization:乐天集团",
    );
  });

  it("reads an officer whose 部长 a ministry's name cut (mend24h)", () => {
    expect(relationsBy([jointWith], "智利外交部长某某与海关总署局长某某签署了合作协议。")).toEqual([
      "COOPERATES_WITH:Organization:智利外交部->Organization:海关总署",
    ]);
  });

  it("gives nothing when the sides only witness, plan or fail the signing (mend24h)", () => {
    expect(relationsBy([jointWith], "甲港集团与某国港务局未能签署合作协议。")).toEqual([]);
    expect(relationsBy([jointWith], "海关总署与某国海关见证了两国企业签署合作协议。")).toEqual([]);
    expect(relationsBy([jointWith], "成都市政府与德国汉堡港拟于明年签署合作协议。")).toEqual([]);
    // (signing itself still counts)
    expect(relationsBy([jointWith], "成都市政府与德国汉堡港于明年签署合作协议。")).toEqual([
      "COOPERATES_WITH:Organization:成都市政府->Port:汉堡港",
    ]);
  });

  it("reads 厅长, 署长, 理事长, 会长 and 首席执行官 as officers of the body before them (mend24h)", () => {
    expect(relationsBy([jointWith], "江西省商务厅厅长某某与肯尼亚投资局签署了合作协议。")).toEqual([
      "COOPERATES_WITH:Organization:江西省商务厅->Organization:肯尼亚投资局",
    ]);
    expect(relationsBy([jointWith], "海关总署署长某某与新加坡企业发展局签署了合作协议。")).toEqual([
      "COOPERATES_WITH:Organization:海关总署->Organization:新加坡企业发展局",
    ]);
  });

  it("gives nothing for a joint act its sentence then denies (拟与X签署…，但目前仍未签署)", () => {
    expect(relationsBy([jointWith], "湖南省拟与马来西亚签署经贸合作备忘录，但目前仍未签署。")).toEqual([]);
    expect(relationsBy([jointWith], "江西省原定与泰国签订友好合作协议，然而至今没有签订。")).toEqual([]);
    // (a later denial about another partner leaves the first act standing)
    expect(relationsBy([jointWith], "湖南省与马来西亚签署了备忘录，而与泰国尚未签署。")).toEqual([
      "COOPERATES_WITH:Province:湖南省->Country:马来西亚",
    ]);
    // (a denial of another verb leaves it standing)
    expect(relationsBy([jointWith], "湖南省与马来西亚签署了备忘录，但尚未落实。")).toEqual([
      "COOPERATES_WITH:Province:湖南省->Country:马来西亚",
    ]);
  });
});
