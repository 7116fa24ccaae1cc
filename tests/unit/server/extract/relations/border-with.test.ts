import { describe, expect, it } from "vitest";
import { borderWith } from "../../../../../server/extract/relations/border-with";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule border-with", () => {
  it("reads every country between 与 and 接壤", () => {
    expect(relationsBy([borderWith], "云南省与缅甸、老挝和越南接壤。")).toEqual([
      "BORDERS:Province:云南省->Country:缅甸",
      "BORDERS:Province:云南省->Country:老挝",
      "BORDERS:Province:云南省->Country:越南",
    ]);
  });

  it("takes the subject of the clause when no province stands right before 与", () => {
    expect(relationsBy([borderWith], "新疆地处向西开放前沿，与哈萨克斯坦、蒙古国接壤。")).toEqual([
      "BORDERS:Province:新疆维吾尔自治区->Country:哈萨克斯坦",
      "BORDERS:Province:新疆维吾尔自治区->Country:蒙古国",
    ]);
    expect(relationsBy([borderWith], "红河州南部与越南接壤。")).toEqual(["BORDERS:City:红河->Country:越南"]);
    expect(relationsBy([borderWith], "中国与俄罗斯接壤。")).toEqual([]);
  });

  it("reads neighbours across a river (隔江相望), a shared land border (陆海相连, 有…边境线)", () => {
    expect(relationsBy([borderWith], "丹东市与朝鲜新义州隔鸭绿江相望。")).toEqual([
      "BORDERS:City:丹东->Country:朝鲜",
    ]);
    expect(relationsBy([borderWith], "云南与缅甸陆地相连。")).toEqual([
      "BORDERS:Province:云南省->Country:缅甸",
    ]);
    expect(relationsBy([borderWith], "新疆与哈萨克斯坦有1700多公里的边境线。")).toEqual([
      "BORDERS:Province:新疆维吾尔自治区->Country:哈萨克斯坦",
    ]);
  });

  it("reads no border across a sea, from a railway that joins another, or from trade", () => {
    expect(relationsBy([borderWith], "山东与韩国隔海相望。")).toEqual([]);
    expect(relationsBy([borderWith], "新疆的铁路与哈萨克斯坦铁路相连。")).toEqual([]);
    expect(relationsBy([borderWith], "新疆与哈萨克斯坦有大量贸易往来。")).toEqual([]);
  });

  it("takes the clause's subject, not a province that closes the clause before (X位于辽宁省，与…)", () => {
    expect(relationsBy([borderWith], "丹东位于辽宁省，与朝鲜隔鸭绿江相望。")).toEqual([
      "BORDERS:City:丹东->Country:朝鲜",
    ]);
  });

  it("reads the other words of a shared border (一河之隔, 接界, 紧邻, 比邻, 为邻)", () => {
    expect(relationsBy([borderWith], "黑河市与俄罗斯仅一江之隔。")).toEqual([
      "BORDERS:City:黑河->Country:俄罗斯",
    ]);
    expect(relationsBy([borderWith], "西藏与尼泊尔、不丹接界。")).toEqual([
      "BORDERS:Province:西藏自治区->Country:尼泊尔",
      "BORDERS:Province:西藏自治区->Country:不丹",
    ]);
    expect(relationsBy([borderWith], "黑龙江省与俄罗斯为邻。")).toEqual([
      "BORDERS:Province:黑龙江省->Country:俄罗斯",
    ]);
    // a sea between (一水之隔, 一衣带水) is no shared border; railways that join are no border either
    expect(relationsBy([borderWith], "山东与日本一水之隔。")).toEqual([]);
    expect(relationsBy([borderWith], "新疆的铁路与哈萨克斯坦铁路相接。")).toEqual([]);
  });

  it("takes no neighbour of an earlier 与…接壤 of the sentence as the subject of a later one", () => {
    expect(relationsBy([borderWith], "该市东部与黑龙江省相邻，北部与俄罗斯相邻。")).toEqual([]);
    expect(relationsBy([borderWith], "该盟东与吉林省相邻，西部和北部与蒙古国接壤。")).toEqual([]);
    expect(relationsBy([borderWith], "广西与云南接壤，与越南陆海相连。")).toEqual([
      "BORDERS:Province:广西壮族自治区->Country:越南",
    ]);
  });

  it("lets a foreign city border any country, China's places only its land neighbours (finding 24)", () => {
    expect(relationsBy([borderWith], "万象与泰国接壤。")).toEqual(["BORDERS:City:万象->Country:泰国"]);
    expect(relationsBy([borderWith], "海南省与泰国接壤。")).toEqual([]);
  });

  it("takes no place written after 位于/地处 in the clause as the subject of its border", () => {
    // (the town that lies there borders the country, not the prefecture it lies in)
    expect(relationsBy([borderWith], "某镇位于云南省德宏州南部，与缅甸隔河相望。")).toEqual([]);
    expect(relationsBy([borderWith], "德宏州位于云南省西部，与缅甸接壤。")).toEqual([
      "BORDERS:City:德宏->Country:缅甸",
    ]);
  });
});

describe("relation rule border-with: places of an administrative statement", () => {
  it("gives no border to the place a city belongs to (the city keeps its own)", () => {
    expect(relationsBy([borderWith], "东兴市，为广西壮族自治区县级市，与越南接壤。")).toEqual([
      "BORDERS:City:东兴->Country:越南",
    ]);
    expect(relationsBy([borderWith], "靖西市，由百色市代管，与越南接壤。")).toEqual([
      "BORDERS:City:靖西->Country:越南",
    ]);
    // (review18g 8: the city the apposition describes keeps its border)
    expect(relationsBy([borderWith], "丹东市，辽宁省地级市，与朝鲜隔江相望。")).toEqual([
      "BORDERS:City:丹东->Country:朝鲜",
    ]);
    // a capital closing the apposition ranks the city, not the province
    expect(relationsBy([borderWith], "黑河市，黑龙江省省会，与俄罗斯隔江相望。")).toEqual([
      "BORDERS:City:黑河->Country:俄罗斯",
    ]);
  });

  it("keeps a province's border when its clause names its capital (review18g 1)", () => {
    expect(relationsBy([borderWith], "新疆维吾尔自治区首府为乌鲁木齐市，与哈萨克斯坦等八国接壤。")).toEqual([
      "BORDERS:Province:新疆维吾尔自治区->Country:哈萨克斯坦",
    ]);
    expect(
      relationsBy([borderWith], "内蒙古自治区首府是呼和浩特市，北与蒙古国、俄罗斯接壤。").sort(),
    ).toEqual([
      "BORDERS:Province:内蒙古自治区->Country:俄罗斯",
      "BORDERS:Province:内蒙古自治区->Country:蒙古国",
    ]);
  });

  it("keeps the border of a city that 隶属于…的 modifies (review18g 2)", () => {
    expect(relationsBy([borderWith], "隶属于新疆维吾尔自治区的霍尔果斯市与哈萨克斯坦接壤。")).toEqual([
      "BORDERS:City:霍尔果斯->Country:哈萨克斯坦",
    ]);
  });

  it("keeps the border of a province or city that is the subject", () => {
    expect(relationsBy([borderWith], "广西壮族自治区与越南接壤，口岸众多。")).toEqual([
      "BORDERS:Province:广西壮族自治区->Country:越南",
    ]);
    expect(relationsBy([borderWith], "霍尔果斯市隶属于新疆维吾尔自治区，与哈萨克斯坦接壤。")).toEqual([
      "BORDERS:City:霍尔果斯->Country:哈萨克斯坦",
    ]);
  });
  it("keeps the border of the city opening a 由…代管 clause (review18i 2)", () => {
    expect(relationsBy([borderWith], "凭祥市由崇左市代管，与越南接壤。")).toEqual([
      "BORDERS:City:凭祥->Country:越南",
    ]);
    expect(relationsBy([borderWith], "满洲里市由呼伦贝尔市代管，与俄罗斯接壤。")).toEqual([
      "BORDERS:City:满洲里->Country:俄罗斯",
    ]);
  });
  it("gives no border to a place that only modifies the smaller unit bordering (的/境内 + a named unit)", () => {
    expect(relationsBy([borderWith], "喀什地区的叶城县地处昆仑山北麓，与巴基斯坦接壤。")).toEqual([]);
    expect(relationsBy([borderWith], "黑河市境内的逊克口岸与俄罗斯隔江相望。")).toEqual([]);
    // an unnamed unit after a place that does not open the clause: the clause's subject is the unit
    expect(relationsBy([borderWith], "那里是红河州南部的一个县，与越南接壤。")).toEqual([]);
    // a name opened by a character that also opens describing words (那坡, not 那个), and a unit after 下辖的
    expect(relationsBy([borderWith], "广西的那坡县地处边陲，与越南接壤。")).toEqual([]);
    expect(relationsBy([borderWith], "喀什地区下辖的塔什库尔干县与巴基斯坦接壤。")).toEqual([]);
  });

  it("keeps the border of a place that is itself the unit described after 是 (review21a 1)", () => {
    expect(relationsBy([borderWith], "瑞丽是云南省的重要口岸，与缅甸接壤。")).toEqual([
      "BORDERS:City:瑞丽->Country:缅甸",
    ]);
    expect(relationsBy([borderWith], "黑河是黑龙江省的对俄口岸，与俄罗斯隔江相望。")).toEqual([
      "BORDERS:City:黑河->Country:俄罗斯",
    ]);
    expect(relationsBy([borderWith], "云南省是中国的花卉之乡，与缅甸接壤。")).toEqual([
      "BORDERS:Province:云南省->Country:缅甸",
    ]);
  });

  it("keeps the place the side of heads inside ordinary words and of quantified units (review21a 2, 3)", () => {
    const kept = (s: string, p: string, c: string) =>
      expect(relationsBy([borderWith], s)).toEqual([`BORDERS:Province:${p}->Country:${c}`]);
    kept("黑龙江省的大片乡村与俄罗斯接壤。", "黑龙江省", "俄罗斯");
    kept("云南省的许多城镇与缅甸接壤。", "云南省", "缅甸");
    kept("云南省的西部县份与缅甸接壤。", "云南省", "缅甸");
    kept("广西拥有丰富的森林资源和古镇，与越南接壤。", "广西壮族自治区", "越南");
    kept("黑龙江省的旅游业以乡村旅游为主，与俄罗斯接壤。", "黑龙江省", "俄罗斯");
    kept("云南省的部分县与老挝接壤。", "云南省", "老挝");
    kept("黑龙江省的每个县都与俄罗斯接壤吗？", "黑龙江省", "俄罗斯");
    kept("广西境内约有一半的县与越南接壤。", "广西壮族自治区", "越南");
    kept("内蒙古的旗县与蒙古国接壤。", "内蒙古自治区", "蒙古国");
    // a bare 小/大 before the head, and units a predicate describes (众多) rather than the side of 与
    kept("云南省的小镇与缅甸接壤。", "云南省", "缅甸");
    kept("云南省的特色小镇众多，与缅甸接壤。", "云南省", "缅甸");
  });

  it("reads the unit the side past a direction, an adverb, a list of units or its own clause (review21h 2, 3)", () => {
    for (const s of [
      "黑龙江省的漠河县北与俄罗斯接壤。",
      "新疆的塔什库尔干县西部与阿富汗接壤。",
      "云南省的孟连县分别与缅甸、老挝接壤。",
      "云南省的沧源县是佤族自治县，与缅甸接壤。",
      "西藏的亚东县地形复杂，与不丹接壤。",
      "云南省的孟连县、西盟县与缅甸接壤。",
      "云南省的孟连县和西盟县与缅甸接壤。",
    ])
      expect(relationsBy([borderWith], s)).toEqual([]);
  });

  it("keeps the place the side of units counted with a numeral or of another unit (review21h 4)", () => {
    const kept = (s: string, c: string) =>
      expect(relationsBy([borderWith], s)).toEqual([`BORDERS:Province:云南省->Country:${c}`]);
    kept("云南省的两县与老挝接壤。", "老挝");
    kept("云南省的二十余个县与越南接壤。", "越南");
    kept("云南省的另一个县与老挝接壤。", "老挝");
    kept("云南省的旅游小镇林立，与缅甸接壤。", "缅甸");
  });

  it("keeps the place the side of units counted or gathered, of a part, or of the unit it describes", () => {
    expect(relationsBy([borderWith], "广西的8个边境县与越南接壤。")).toEqual([
      "BORDERS:Province:广西壮族自治区->Country:越南",
    ]);
    expect(relationsBy([borderWith], "云南省的国门乡镇与缅甸接壤。")).toEqual([
      "BORDERS:Province:云南省->Country:缅甸",
    ]);
    expect(relationsBy([borderWith], "德宏州的西部县与缅甸接壤。")).toEqual([
      "BORDERS:City:德宏->Country:缅甸",
    ]);
    expect(relationsBy([borderWith], "盈江县是德宏州西部的一个县，与缅甸接壤。")).toEqual([
      "BORDERS:City:盈江县->Country:缅甸",
    ]);
  });
});
