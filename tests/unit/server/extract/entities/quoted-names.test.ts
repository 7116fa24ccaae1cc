import { describe, expect, it } from "vitest";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { idsBy } from "../../../../support/rules";

// Runs after overlap resolution: a place opening a quoted name, brand or designation names that word.
describe("places opening a quoted name (entities/quoted-names.ts)", () => {
  it("drops a place that opens a quoted brand or designation", () => {
    const ids = idsBy([], "“重庆造”摩托车销往越南。");
    expect(ids).not.toContain("Province:重庆市");
    expect(ids).toContain("Country:越南");
    expect(idsBy([], "“宁波经验”已在全省推广。")).not.toContain("City:宁波");
    expect(idsBy([], "今晚的“大连之夜”音乐会座无虚席。")).not.toContain("City:大连");
  });

  it("keeps a quoted place alone, a quoted list and a place after other quoted words", () => {
    expect(idsBy([], "标牌上写着“越南”两个字。")).toContain("Country:越南");
    expect(idsBy([], "推动“广州+深圳”双城联动。")).toContain("City:广州");
    expect(idsBy([], "游客很喜欢“逛泰国”的感觉。")).toContain("Country:泰国");
  });

  it("keeps places of quoted routes, place phrases and statements", () => {
    expect(idsBy([], "“昆明至曼谷”公路全线贯通。")).toContain("City:昆明");
    expect(idsBy([], "“成都到欧洲”的班列越开越多。")).toContain("City:成都");
    expect(idsBy([], "“广西凭祥”四个大字格外醒目。")).toContain("Province:广西壮族自治区");
    expect(idsBy([], "他强调“广东要当好排头兵”。")).toContain("Province:广东省");
  });

  it("keeps places in quoted phrases of other topics", () => {
    // a song title with a particle, a quoted remark listing countries, a child's quoted wish
    expect(idsBy([], "“成都的夏天”是一首老歌。")).toContain("City:成都");
    expect(idsBy([], "他笑着说“日本、韩国都去过”。")).toContain("Country:日本");
    expect(idsBy([], "孩子写下“新加坡”三个字作为愿望。")).toContain("Country:新加坡");
  });
});

describe("places inside a ship's quoted name (entities/quoted-names.ts: shipQuoteEnd)", () => {
  const places = (t: string) =>
    idsBy([...ENTITY_RULES], t).filter((id) => /^(Country|Province|City):/.test(id));

  it("drops a place anywhere inside a quote that a vessel's word follows", () => {
    expect(places("集装箱船“新青岛”轮今晨靠泊。")).toEqual([]);
    expect(places("首航船舶“地中海海燕”轮停靠二号泊位。")).toEqual([]);
    expect(places("“海韵·地中海”号国际邮轮载客离港。")).toEqual([]);
    expect(places("“大连海燕”号货轮完成装船。")).toEqual([]);
  });

  it("keeps places outside the ship's name and quotes that name no ship", () => {
    expect(places("“新青岛”轮从上海驶往日本。")).toEqual(["Province:上海市", "Country:日本"]);
    expect(places("货物运往“地中海”沿岸国家。")).toContain("Country:地中海");
    expect(places("“长安号”班列从西安开出。")).toContain("City:西安");
  });

  it("keeps the places of a quoted route or body before a word that 轮 opens (轮渡, 轮船, 轮值, 轮流)", () => {
    expect(places("开通“烟台—大连”轮渡航线。")).toEqual(["City:烟台", "City:大连"]);
    expect(places("新开通的“上海—大阪”轮船航线首航。")).toContain("Province:上海市");
    expect(places("“中国”轮值主席国任期结束。")).toEqual(["Country:中国"]);
    expect(places("“中国—东盟”轮流主办博览会。")).toContain("Country:中国");
  });

  it("drops a ship's place when the next word only starts with a character of such a word (轮次日, 轮回到, 轮换装)", () => {
    expect(places("“新青岛”轮次日靠泊码头。")).toEqual([]);
    expect(places("“地中海荣耀”号邮轮回到母港。")).toEqual([]);
    expect(places("“中远荷兰”号货轮回国途中遇风。")).toEqual([]);
    expect(places("“新厦门”轮换装新发动机。")).toEqual([]);
    expect(places("“长沙”轮码头装卸完毕。")).toEqual([]);
  });

  it("keeps the place before a whole word that opens with 轮 (轮到, 轮滑)", () => {
    expect(places("“中国”轮到发言时起立。")).toEqual(["Country:中国"]);
    expect(places("“广州”轮滑公开赛今日开幕。")).toEqual(["City:广州"]);
  });

  it("never reads a quote holding a route separator as a ship's name", () => {
    expect(places("“宁波至釜山”轮今晨首航。")).toContain("City:宁波");
  });
});
