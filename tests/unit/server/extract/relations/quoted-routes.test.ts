import { describe, expect, it } from "vitest";
import { quotedRoutes } from "../../../../../server/extract/relations/quoted-routes";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule quoted-routes", () => {
  it("connects a service to every place of the quoted routes it opens", () => {
    expect(
      relationsBy(
        [quotedRoutes],
        "今年中欧班列（西安）先后新开“西安—波兰华沙”“欧洲—西安—中国香港”等2条线路。",
      ),
    ).toEqual([
      "CONNECTS:Corridor:中欧班列->City:西安",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
      "CONNECTS:Corridor:中欧班列->City:华沙",
      "CONNECTS:Corridor:中欧班列->Country:欧洲",
      "CONNECTS:Corridor:中欧班列->Province:香港特别行政区",
    ]);
  });

  it("reads quoted routes written right before the service's name, a port on it as ON_CORRIDOR", () => {
    expect(relationsBy([quotedRoutes], "义乌开通“义乌—杜伊斯堡”“宁波港—华沙”等中欧班列。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:义乌",
      "CONNECTS:Corridor:中欧班列->City:杜伊斯堡",
      "ON_CORRIDOR:Port:宁波港->Corridor:中欧班列",
      "CONNECTS:Corridor:中欧班列->City:华沙",
    ]);
  });

  it("reads nothing from a quote without a dash, after another verb, or with no service", () => {
    // a quoted slogan with no dash
    expect(relationsBy([quotedRoutes], "中欧班列开通“西安号”线路。")).toEqual([]);
    // a quoted chain after a verb that opens no route
    expect(relationsBy([quotedRoutes], "中欧班列宣传“西安—华沙”合作理念。")).toEqual([]);
    // a quoted chain with no service next to it
    expect(relationsBy([quotedRoutes], "两地开通“西安—华沙”航空货运。")).toEqual([]);
  });

  it("gives a broad corridor the quoted routes of a train it dispatches (X发出的首列“A—B”班列)", () => {
    expect(
      relationsBy(
        [quotedRoutes],
        "经西部陆海新通道开出的一列“越南河内—中国南宁—中国成都”铁海联运班列昨天到站。",
      ),
    ).toEqual([
      "CONNECTS:Corridor:西部陆海新通道->Country:越南",
      "CONNECTS:Corridor:西部陆海新通道->City:河内",
      "CONNECTS:Corridor:西部陆海新通道->City:南宁",
      "CONNECTS:Corridor:西部陆海新通道->City:成都",
    ]);
    expect(relationsBy([quotedRoutes], "西部陆海新通道开通“重庆—新加坡”航线。")).toEqual([
      "CONNECTS:Corridor:西部陆海新通道->Province:重庆市",
      "CONNECTS:Corridor:西部陆海新通道->Country:新加坡",
    ]);
    // no train of the routes after the quote: a slogan or an initiative, not a route it runs
    expect(relationsBy([quotedRoutes], "西部陆海新通道发出的“重庆—新加坡”合作倡议。")).toEqual([]);
    expect(relationsBy([quotedRoutes], "西部陆海新通道宣传“重庆—新加坡”理念。")).toEqual([]);
  });
});

describe("quoted-routes: a line a corridor names right after its name", () => {
  const lineOf = (text: string, corridor = "中欧班列") =>
    relationsBy([quotedRoutes], text).filter((r) => r.startsWith(`CONNECTS:Corridor:${corridor}->`));

  it("connects the service to the places of a quoted line with its train word after the quote", () => {
    expect(lineOf("中欧班列“银川—塔什干—明斯克”班列已累计开行六十列。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:银川",
      "CONNECTS:Corridor:中欧班列->City:塔什干",
      "CONNECTS:Corridor:中欧班列->City:明斯克",
    ]);
  });

  it("reads an unquoted line after a lead word (新路线, 新线路) and its train word", () => {
    expect(lineOf("中欧班列新路线西宁—安卡拉班列运行满一年。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:西宁",
      "CONNECTS:Corridor:中欧班列->City:安卡拉",
    ]);
  });

  it("gives a broad corridor the places of a multimodal line named after it", () => {
    expect(lineOf("西部陆海新通道“兰州—重庆—新加坡”海铁联运线路已稳定运营两年。", "西部陆海新通道")).toEqual([
      "CONNECTS:Corridor:西部陆海新通道->City:兰州",
      "CONNECTS:Corridor:西部陆海新通道->Province:重庆市",
      "CONNECTS:Corridor:西部陆海新通道->Country:新加坡",
    ]);
  });

  it("gives nothing for a denied, asked or planned line, nor a chain that is not right after the service", () => {
    for (const text of [
      "目前尚无中欧班列“银川—塔什干—明斯克”班列。",
      "中欧班列“银川—塔什干—明斯克”班列开通了吗？",
      "中欧班列“银川—明斯克”班列计划下月开行。",
      "中欧班列“银川—明斯克”班列将于年底开通。",
      "中欧班列“银川—明斯克”班列今年有望开通。",
      "中欧班列开行后，“银川—明斯克”班列也随之开通。",
    ])
      expect(lineOf(text)).toEqual([]);
  });

  it("gives nothing for a line only studied, imagined, prepared or rumoured in its clause (lineNotRealAfter)", () => {
    for (const text of [
      "中欧班列“银川—塔什干”班列正在论证之中。",
      "中欧班列新线路西宁—安卡拉班列的设想刚刚提出。",
      "中欧班列“银川—明斯克”班列开通的传闻不胫而走。",
      "中欧班列“西宁—安卡拉”班列的筹备工作已经启动。",
    ])
      expect(lineOf(text)).toEqual([]);
  });

  it("reads a line whose plan word is later in its clause or estimates a count of runs (lineVolumeEstimates)", () => {
    expect(lineOf("中欧班列“银川—明斯克”班列预计今年开行八十列。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:银川",
      "CONNECTS:Corridor:中欧班列->City:明斯克",
    ]);
    expect(lineOf("中欧班列“银川—明斯克”班列开通后企业希望增加班次。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:银川",
      "CONNECTS:Corridor:中欧班列->City:明斯克",
    ]);
  });
  it("reads the corner quotes of traditional texts as quotes (mend)", () => {
    expect(relationsBy([quotedRoutes], "中歐班列「長沙—華沙」班列昨日正式開行。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:长沙",
      "CONNECTS:Corridor:中欧班列->City:华沙",
    ]);
    expect(relationsBy([quotedRoutes], "中歐班列（西安）新開『西安—華沙』線路。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:西安",
      "CONNECTS:Corridor:中欧班列->City:华沙",
    ]);
  });
});
