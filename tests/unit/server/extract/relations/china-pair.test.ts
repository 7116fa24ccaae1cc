import { describe, expect, it } from "vitest";
import { chinaPair } from "../../../../../server/extract/relations/china-pair";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule china-pair", () => {
  it("makes China deal with the partners of a 中+abbreviation compound of trade (中老边贸, 中俄蒙贸易)", () => {
    expect(relationsBy([chinaPair], "新口岸开通后将带动中老边贸快速增长。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:老挝",
    ]);
    expect(relationsBy([chinaPair], "去年中俄蒙贸易持续增长。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:俄罗斯",
      "COOPERATES_WITH:Country:中国->Country:蒙古国",
    ]);
  });

  it("gives nothing inside a name or without a word of trade", () => {
    expect(relationsBy([chinaPair], "中欧班列贸易通道更加畅通。")).toEqual([]);
    expect(relationsBy([chinaPair], "中老两国山水相连。")).toEqual([]);
  });

  it("reads 两国/之间/双方 and a kind of goods before the trade word", () => {
    expect(relationsBy([chinaPair], "新航线将扩大中越两国的农产品进出口。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:越南",
    ]);
    expect(relationsBy([chinaPair], "预计中韩之间服务贸易将明显增长。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:韩国",
    ]);
    // (合作 alone is no trade: 依托中俄蒙合作 is the dealings of whoever relies on it; nor is a title)
    expect(relationsBy([chinaPair], "该片区依托中俄合作发展物流。")).toEqual([]);
    expect(relationsBy([chinaPair], "落实《中俄货物贸易发展路线图》。")).toEqual([]);
    // (其中 + a country name is no compound; 中英文 is no dealing)
    expect(relationsBy([chinaPair], "其中越南的进出口增长最快，中英文版本同时发布。")).toEqual([]);
  });

  it("reads partner abbreviations the catalog lacks (中尼, 中埃) and cooperation of a named kind", () => {
    expect(relationsBy([chinaPair], "口岸进出口额约占中尼贸易总额的三成。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:尼泊尔",
    ]);
    expect(relationsBy([chinaPair], "近年来中埃产能合作成果丰硕。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:埃及",
    ]);
    // traditional characters are read after normalisation
    expect(relationsBy([chinaPair], "中埃雙邊貿易額持續增長。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:埃及",
    ]);
    // (an abbreviation of no known country, or 印尼 as one name, gives no partner)
    expect(relationsBy([chinaPair], "中冰自贸协定，中印尼贸易。")).toEqual([]);
  });

  it("reads 中X两国/双方 as the subject of a clause of cooperation or trade", () => {
    expect(relationsBy([chinaPair], "这一项目将推动中巴两国拓展经贸合作。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:巴基斯坦",
    ]);
    expect(relationsBy([chinaPair], "中日韩三国将进一步加强经贸合作。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:日本",
      "COOPERATES_WITH:Country:中国->Country:韩国",
    ]);
    // (nothing when the clause says no cooperation, or the cooperation word is in the next clause)
    expect(relationsBy([chinaPair], "中越两国山水相连，合作源远流长。")).toEqual([]);
    expect(relationsBy([chinaPair], "中老双方举行会谈。")).toEqual([]);
    expect(relationsBy([chinaPair], "中俄蒙三国领导人举行会晤。")).toEqual([]);
  });

  it("reads 中X两国/三国/双方 acting together or as one states (共同, 签约, 政府间, 联运)", () => {
    expect(relationsBy([chinaPair], "中越两国共同提出修建一座界河大桥。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:越南",
    ]);
    expect(relationsBy([chinaPair], "中老双方有望签约新项目。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:老挝",
    ]);
    expect(relationsBy([chinaPair], "自中哈吉三国政府间协议生效后，线路建设稳步推进。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:哈萨克斯坦",
      "COOPERATES_WITH:Country:中国->Country:吉尔吉斯斯坦",
    ]);
    expect(relationsBy([chinaPair], "中蒙两国铁路开办国际联运业务已有多年。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:蒙古国",
    ]);
    // (a clause that states no joint act stays silent)
    expect(relationsBy([chinaPair], "中越两国都进入了以发展为中心的时期。")).toEqual([]);
    expect(relationsBy([chinaPair], "中越两国刚刚结束谈判，分歧仍在。")).toEqual([]);
  });

  it("reads the abbreviation as the country the passage names with that first character (中尼 beside 尼加拉瓜)", () => {
    expect(relationsBy([chinaPair], "中尼双方宣布，尼加拉瓜对华出口大幅增长，中尼贸易稳步发展。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:尼加拉瓜",
    ]);
    expect(relationsBy([chinaPair], "中新贸易额创新高，新西兰乳制品对华出口增长。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:新西兰",
    ]);
    expect(relationsBy([chinaPair], "中巴经贸合作深化，巴西大豆对华出口增长。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:巴西",
    ]);
  });

  it("keeps the usual country when the passage names it or no other (中巴两国, 中尼贸易 beside 尼泊尔)", () => {
    expect(relationsBy([chinaPair], "中巴两国深化经贸合作。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:巴基斯坦",
    ]);
    expect(relationsBy([chinaPair], "中尼贸易增长迅速，尼泊尔对华出口上升。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:尼泊尔",
    ]);
    expect(relationsBy([chinaPair], "中新经贸合作深化，新加坡与新西兰的企业均参展。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:新加坡",
    ]);
  });

  it("keeps the usual country when the second reading is no party (a stop, a crisis, a visitor of another clause)", () => {
    expect(
      relationsBy([chinaPair], "班列途经哈萨克斯坦、格鲁吉亚和土耳其到达欧洲，中土经贸往来持续升温。"),
    ).toEqual(["COOPERATES_WITH:Country:中国->Country:土库曼斯坦"]);
    expect(relationsBy([chinaPair], "由于乌克兰局势动荡，不少货物改道，中乌贸易稳步增长。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:乌兹别克斯坦",
    ]);
    expect(relationsBy([chinaPair], "中新经贸合作稳步推进，新西兰奶企也到成都参会。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:新加坡",
    ]);
  });

  it("reads no country outside the character's second readings, nor one inside another name", () => {
    // (印尼 is Indonesia's own short form: 印 never stands for it)
    expect(relationsBy([chinaPair], "中印两国贸易增长，印度尼西亚也是重要伙伴。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:印度",
    ]);
    // (巴拿马 is no second reading of 巴; 巴西 inside a company's name is no country named)
    expect(relationsBy([chinaPair], "中巴两国贸易增长，巴拿马运河通行量上升。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:巴基斯坦",
    ]);
    expect(relationsBy([chinaPair], "中巴两国贸易增长，巴西航空工业公司的订单上升。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:巴基斯坦",
    ]);
  });

  it("reads 欧 as the European Union when the passage names the union and not Europe", () => {
    const eu = ["COOPERATES_WITH:Country:中国->Country:欧盟"];
    expect(relationsBy([chinaPair], "我国与欧盟的货物往来增长较快，中欧贸易额再创新高。")).toEqual(eu);
    expect(relationsBy([chinaPair], "欧盟统计局公布数据显示，中欧服务贸易保持增长。")).toEqual(eu);
    expect(relationsBy([chinaPair], "欧盟委员会的官员预计，中欧双边贸易明年将继续扩大。")).toEqual(eu);
  });

  it("keeps Europe when the passage names Europe itself, or no union", () => {
    const europe = ["COOPERATES_WITH:Country:中国->Country:欧洲"];
    expect(relationsBy([chinaPair], "欧盟和欧洲其他国家的商会都看好中欧贸易前景。")).toEqual(europe);
    expect(relationsBy([chinaPair], "受运费下降带动，中欧贸易今年持续增长。")).toEqual(europe);
  });

  it("gives nothing when the compound's clause stops or fights the dealings (mend23k)", () => {
    expect(relationsBy([chinaPair], "据报道，中老边贸通道已暂时关闭，老挝方面将另行通知。")).toEqual([]);
    expect(relationsBy([chinaPair], "去年中俄贸易摩擦不断，俄罗斯企业观望。")).toEqual([]);
    expect(relationsBy([chinaPair], "去年中俄贸易没有中断，俄罗斯企业照常发货。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:俄罗斯",
    ]);
  });
});
