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

describe("quoted-routes: a line a service names right after its name", () => {
  it("connects the service to the places of the chain named right after it", () => {
    const quoted = relationsBy([quotedRoutes], "该省首条中欧班列“沈阳—二连浩特—欧洲”班列于去年开通。");
    for (const place of ["City:沈阳", "City:二连浩特", "Country:欧洲"])
      expect(quoted).toContain(`CONNECTS:Corridor:中欧班列->${place}`);
    const unquoted = relationsBy([quotedRoutes], "某地开行了第三条中欧班列新线路西安—布拉格班列。");
    expect(unquoted).toContain("CONNECTS:Corridor:中欧班列->City:西安");
    expect(unquoted).toContain("CONNECTS:Corridor:中欧班列->City:布拉格");
    // (a broad corridor's line named with a multimodal line word)
    const broad = relationsBy([quotedRoutes], "西部陆海新通道“昆明—河内—海防”铁海联运线路顺利开通。");
    expect(broad).toContain("CONNECTS:Corridor:西部陆海新通道->City:河内");
  });

  it("gives nothing for a denied, planned or asked line, nor a chain that is not right after the service", () => {
    for (const text of [
      "目前尚无中欧班列“沈阳—二连浩特—欧洲”班列。",
      "中欧班列“沈阳—二连浩特—欧洲”班列计划明年开行。",
      "中欧班列“沈阳—二连浩特—欧洲”班列开通了吗？",
      "中欧班列开行后，“沈阳—二连浩特”班列也随之开通。",
    ])
      expect(
        relationsBy([quotedRoutes], text).filter((r) => r.startsWith("CONNECTS:Corridor:中欧班列")),
      ).toEqual([]);
  });
});
