import { describe, expect, it } from "vitest";
import { RELATION_RULES } from "../../../../../server/extract/relations/registry";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", every rule, then the guard.
const partners = (text: string) => [
  ...new Set(relationsBy([...RELATION_RULES], text).filter((r) => r.startsWith("COOPERATES_WITH:"))),
];

describe("relation guard modifier-country", () => {
  it("drops a country written only before the partner it locates (与德国杜伊斯堡市)", () => {
    expect(partners("重庆市与德国杜伊斯堡市签署友好城市协议。")).toEqual([
      "COOPERATES_WITH:Province:重庆市->City:杜伊斯堡",
    ]);
    expect(partners("宁波市与意大利维罗纳市签署友好交流协议。")).toEqual([
      "COOPERATES_WITH:City:宁波->City:维罗纳",
    ]);
    expect(partners("厦门市同菲律宾宿务市开展经贸合作。")).toEqual(["COOPERATES_WITH:City:厦门->City:宿务"]);
  });

  it("drops it before a port and in a list of partners", () => {
    expect(partners("青岛港与西班牙瓦伦西亚港签署友好港协议。")).toEqual([
      "COOPERATES_WITH:Port:青岛港->Port:瓦伦西亚港",
    ]);
    expect(partners("西安市还与韩国庆州市、意大利罗马市签订合作备忘录。")).toEqual([
      "COOPERATES_WITH:City:西安->City:庆州",
      "COOPERATES_WITH:City:西安->City:罗马",
    ]);
  });

  it("keeps a country also named on its own or by an abbreviation beside a partner word", () => {
    expect(partners("宁波市与意大利签署经贸合作协议，并与意大利维罗纳市缔结友好城市。")).toContain(
      "COOPERATES_WITH:City:宁波->Country:意大利",
    );
    expect(partners("中国与智利签署合作备忘录，智利圣地亚哥市长出席。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:智利",
    ]);
    expect(partners("黑龙江省扩大对俄合作，与俄罗斯哈巴罗夫斯克市签约。")).toContain(
      "COOPERATES_WITH:Province:黑龙江省->Country:俄罗斯",
    );
  });

  it("drops a country written only before a province or an office (中国四川, 俄罗斯副总理)", () => {
    expect(partners("新加坡与中国四川签署经贸合作协议。")).not.toContain(
      "COOPERATES_WITH:Country:新加坡->Country:中国",
    );
    expect(partners("泰国清迈府与中国云南签署友好合作备忘录。")).not.toContain(
      "COOPERATES_WITH:City:清迈->Country:中国",
    );
    expect(partners("昨天，广州与俄罗斯副总理举行会谈，商讨人文合作。")).toEqual([]);
    expect(partners("浙江省与法国总统会见时谈及合作论坛。")).toEqual([]);
  });

  it("keeps a country before an office outside a meeting: a leader who signs or acts keeps the side (review18f F3)", () => {
    expect(partners("云南省与老挝总理共同签署合作协议。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:老挝",
    ]);
    expect(partners("湖北省与法国驻武汉总领事开展交流合作。")).toEqual([
      "COOPERATES_WITH:Province:湖北省->Country:法国",
    ]);
  });

  it("keeps a country before a word a title only starts (总统府, 大使馆: finding 9 of review18c)", () => {
    expect(partners("吉林省与韩国总统府开展文化合作。")).toEqual([
      "COOPERATES_WITH:Province:吉林省->Country:韩国",
    ]);
  });

  it("keeps a country signing on its own beside its ambassador", () => {
    expect(partners("甘肃省与哈萨克斯坦签署合作协议，哈萨克斯坦驻华大使出席。")).toEqual([
      "COOPERATES_WITH:Province:甘肃省->Country:哈萨克斯坦",
    ]);
  });

  it("keeps a country named by an abbreviation beside another (中澳) though its full names only qualify", () => {
    for (const text of [
      "据悉，中国农业农村部与澳大利亚外交贸易部已就扩大中澳农产品贸易交换意见。",
      "中国科技部和澳大利亚外交贸易部共同推动中澳服务贸易发展。",
    ])
      expect(partners(text), text).toContain("COOPERATES_WITH:Country:中国->Country:澳大利亚");
  });

  it("keeps the country of a foreign region, which the conventions name as the partner (俄罗斯滨海边疆区)", () => {
    // (the region itself is no entity: entities/foreign-divisions.ts drops it)
    expect(partners("吉林省与俄罗斯滨海边疆区举行经贸合作洽谈。")).toEqual([
      "COOPERATES_WITH:Province:吉林省->Country:俄罗斯",
    ]);
    // (光州 ends in 州 but is a city of the gazetteer: its country only locates it)
    expect(partners("西安市与韩国光州签署合作备忘录。")).toEqual(["COOPERATES_WITH:City:西安->City:光州"]);
  });

  it("reads no abbreviation inside a word (与日俱增, 同意) as naming the country", () => {
    expect(partners("青岛市与日本下关市签署友好合作协议，两地往来与日俱增。")).toEqual([
      "COOPERATES_WITH:City:青岛->City:下关",
    ]);
    expect(partners("嘉兴市与意大利维罗纳市签署友好交流协议，双方同意深化合作。")).toEqual([
      "COOPERATES_WITH:City:嘉兴->City:维罗纳",
    ]);
  });

  it("drops a place and the country the passage places it in (老挝首都万象 + 中老合作): no partners of each other", () => {
    expect(partners("这条公路北起磨憨，南至老挝首都万象，是中老合作修建的干线。")).toEqual([]);
    expect(partners("港口位于越南海防，中越合作建设的码头今年投用。")).toEqual([]);
    expect(partners("巴基斯坦瓜达尔港是中巴合作的重点项目。")).toEqual([]);
    expect(partners("大桥通往俄罗斯布拉戈维申斯克，是中俄合作的标志工程。")).toEqual([]);
  });

  it("keeps the other pairs of such a passage (China and the country, two ports)", () => {
    expect(partners("线路延伸至泰国曼谷，对推进中泰经贸合作意义重大。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:泰国",
    ]);
    expect(partners("中国与老挝签署合作协议，老挝首都万象将承办论坛。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:老挝",
    ]);
    expect(partners("柬埔寨西哈努克港与中国宁波港签署友好港协议。")).toEqual([
      "COOPERATES_WITH:Port:西哈努克港->Port:宁波港",
    ]);
  });

  it("reads 的 alone as a modifier, no placing (越南的广西籍企业), and still 的首都 as one", () => {
    expect(partners("广西与越南合作，越南的广西籍企业增多。")).toEqual([
      "COOPERATES_WITH:Province:广西壮族自治区->Country:越南",
    ]);
    expect(partners("公路南至老挝的首都万象，是中老合作修建的干线。")).toEqual([]);
  });
});
