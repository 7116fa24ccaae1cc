import { describe, expect, it } from "vitest";
import { bilateralBodies } from "../../../../../server/extract/entities/bilateral-bodies";
import { idsBy } from "../../../../support/rules";

// Invented sentences; ids of the organisations the rule keeps (with the catalog's places).
const bodies = (t: string) => idsBy([bilateralBodies], t).filter((id) => id.startsWith("Organization:"));

describe("entity rule bilateral-bodies", () => {
  it("reads a body named by China's and a partner's abbreviations, a field and a head", () => {
    expect(bodies("中德汽车零部件协会在上海举行年会。")).toEqual(["Organization:中德汽车零部件协会"]);
    expect(bodies("据中泰冷链物流公司介绍，运量持续增长。")).toEqual(["Organization:中泰冷链物流公司"]);
    expect(bodies("美中贸易全国委员会发布年度报告。")).toEqual(["Organization:美中贸易全国委员会"]);
  });

  it("reads no common word, description or tie opened by the abbreviations", () => {
    expect(bodies("中西部地区物流集散中心建成。")).toEqual([]);
    expect(bodies("中非两国企业协会签署协议。")).toEqual([]);
    expect(bodies("他是中俄合作中心的负责人。")).toEqual([]);
  });

  it("reads none inside a longer word, after a date or with a function word in its field", () => {
    expect(bodies("罗某俄中分析中心主任发言。")).toEqual([]);
    expect(bodies("9日中国铁路公司发布消息。")).toEqual([]);
    expect(bodies("中俄将在边境建设物流中心。")).toEqual([]);
  });

  it("reads no common word, place or generic joint venture opened by the abbreviations", () => {
    expect(bodies("中老年人活动中心在社区落成。")).toEqual([]);
    expect(bodies("中英文翻译服务中心在园区揭牌。")).toEqual([]);
    expect(bodies("中西医结合研究院在南宁成立。")).toEqual([]);
    expect(bodies("中加工贸易服务中心投入运营。")).toEqual([]);
    expect(bodies("中意合资公司在天津成立。")).toEqual([]);
    expect(bodies("中亚物流协会在阿拉木图成立。")).toEqual([]);
    expect(bodies("中法文化交流协会举办年会。")).toEqual(["Organization:中法文化交流协会"]);
  });

  it("reads an association or council whose field only names the tie (mend after review22t)", () => {
    expect(bodies("中秘友好协会在利马成立。")).toEqual(["Organization:中秘友好协会"]);
    expect(bodies("越中友好协会代表团访问广西。")).toEqual(["Organization:越中友好协会"]);
    expect(bodies("中埃经贸合作委员会召开会议。")).toEqual(["Organization:中埃经贸合作委员会"]);
    expect(bodies("他是中俄合作公司的负责人。")).toEqual([]);
  });

  it("reads a chamber or association with no field (mend after review22t)", () => {
    expect(bodies("中俄商会在莫斯科举办活动。")).toEqual(["Organization:中俄商会"]);
    expect(bodies("澳中商会发布报告。")).toEqual(["Organization:澳中商会"]);
    expect(bodies("中外商会举办活动。")).toEqual([]);
    expect(bodies("中俄中心在莫斯科成立。")).toEqual([]);
  });

  it("leaves a park or zone named in the field to its own reading (mend after review22t)", () => {
    expect(bodies("中韩产业园研究院揭牌。")).toEqual([]);
    expect(bodies("中泰工业园区服务中心投入运营。")).toEqual([]);
  });
});
