import { describe, expect, it } from "vitest";
import { channelToward } from "../../../../../server/extract/relations/channel-toward";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule channel-toward", () => {
  it("reads a port, route or corridor toward a country from the side before 对", () => {
    expect(relationsBy([channelToward], "这是一条中国对俄铁路运输通道。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:俄罗斯",
    ]);
    expect(relationsBy([channelToward], "青岛港对日韩集装箱航线持续加密。")).toEqual([
      "COOPERATES_WITH:Port:青岛港->Country:日本",
      "COOPERATES_WITH:Port:青岛港->Country:韩国",
    ]);
  });

  it("also gives the channel to the place the clause says it is, and reads counts and modifiers", () => {
    expect(relationsBy([channelToward], "满洲里口岸是中国对俄最大的陆路口岸。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:俄罗斯",
      "COOPERATES_WITH:Port:满洲里口岸->Country:俄罗斯",
    ]);
    expect(relationsBy([channelToward], "吉林省共有5个对俄边境口岸。")).toEqual([
      "COOPERATES_WITH:Province:吉林省->Country:俄罗斯",
    ]);
  });

  it("reads nothing when no channel follows, or no Chinese side precedes", () => {
    expect(relationsBy([channelToward], "上海对俄投资增长。")).toEqual([]);
    expect(relationsBy([channelToward], "对蒙古国开放的口岸有8个。")).toEqual([]);
  });

  it("reads no web portal as a gateway", () => {
    expect(relationsBy([channelToward], "云南开通了中国对南亚的门户网站。")).toEqual([]);
    expect(relationsBy([channelToward], "中国对老挝的门户网站今天上线。")).toEqual([]);
  });
});
