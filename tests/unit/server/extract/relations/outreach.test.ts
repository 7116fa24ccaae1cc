import { describe, expect, it } from "vitest";
import { outreach } from "../../../../../server/extract/relations/outreach";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule outreach", () => {
  it("makes a zone cooperate with the zones it links up with (对接)", () => {
    expect(relationsBy([outreach], "湖北自贸试验区将对接江西、湖南自贸试验区，共建内陆开放高地。")).toEqual([
      "COOPERATES_WITH:FreeTradeZone:中国（湖北）自由贸易试验区->FreeTradeZone:中国（江西）自由贸易试验区",
      "COOPERATES_WITH:FreeTradeZone:中国（湖北）自由贸易试验区->FreeTradeZone:中国（湖南）自由贸易试验区",
    ]);
  });

  it("reads the markets an area is built to link (联通A、B等市场)", () => {
    expect(relationsBy([outreach], "霍尔果斯片区将打造联通中亚、欧洲等市场的物流基地。")).toEqual([
      "COOPERATES_WITH:Area:霍尔果斯片区->Country:中亚",
      "COOPERATES_WITH:Area:霍尔果斯片区->Country:欧洲",
    ]);
  });

  it("gives nothing for a corridor that links places, or an agreement a zone adopts", () => {
    expect(relationsBy([outreach], "广西依托西部陆海新通道联通东盟。")).toEqual([]);
    expect(relationsBy([outreach], "海南自贸港积极对接RCEP规则。")).toEqual([]);
  });

  it("takes the speaker, not a zone of the sentence before, as who links up (X表示，对接…)", () => {
    const text =
      "随着湖北自贸试验区的扩区，物流更顺畅。某物流公司总经理表示，对接越南、老挝两国的冷链数据是重点。";
    expect(relationsBy([outreach], text)).toEqual([]);
    // a subject named after the speech verb still counts
    expect(relationsBy([outreach], "他表示，湖北自贸试验区将对接江西自贸试验区。")).toEqual([
      "COOPERATES_WITH:FreeTradeZone:中国（湖北）自由贸易试验区->FreeTradeZone:中国（江西）自由贸易试验区",
    ]);
  });

  it("takes a port as who links up, and 起 after the verb (联通起A、B)", () => {
    expect(relationsBy([outreach], "天津港不断拓展物流网络，联通起日本、韩国等国家。")).toEqual([
      "COOPERATES_WITH:Port:天津港->Country:日本",
      "COOPERATES_WITH:Port:天津港->Country:韩国",
    ]);
  });

  it("reads a port's lines that reach the countries listed right after (航线直达A、B)", () => {
    expect(relationsBy([outreach], "目前，大连港已开通外贸航线20条，外贸航线直达日本、泰国等国家。")).toEqual(
      ["COOPERATES_WITH:Port:大连港->Country:日本", "COOPERATES_WITH:Port:大连港->Country:泰国"],
    );
    // (a city's lines reaching a country: only a port is the subject of 航线直达)
    expect(relationsBy([outreach], "烟台市开通的航线直达日本。")).toEqual([]);
  });
});
