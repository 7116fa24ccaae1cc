import { describe, expect, it } from "vitest";
import { mainlandChina } from "../../../../../server/extract/entities/mainland-china";
import { worldCountries } from "../../../../../server/extract/entities/world-countries";
import { idsBy } from "../../../../support/rules";

// Invented sentences; Country:中国 read from a bare 大陆 (world countries run first).
describe("entity rule mainland-china", () => {
  const china = (text: string) => idsBy([worldCountries, mainlandChina], text).includes("Country:中国");

  it("reads a bare 大陆 that opens its clause as China when a party verb follows it", () => {
    for (const text of [
      "消息人士透露，大陸和台灣均已申請加入某數位協定。",
      "去年大陸簽訂了一項農產品協議。",
      "2019年大陸核准了那份議定書。",
      "此前大陸已經批准該公約。",
      "同時大陸正式申請加入某夥伴協定。",
      "因為大陸簽署了該協定，廠商紛紛布局。",
      "澳門及大陸相繼簽署這份安排。",
      "大陸同香港簽署了新的貿易安排。",
      "大陸和澳門分別於2015年3月簽署了兩份備忘錄。",
      "然而，由於大陸也有批准這份公約，兩岸立場趨近。",
      // round mendmain26h: the act's partner between the word and the verb
      "去年，大陆于2022年5月与智利等六国签署了一项数字协定。",
      "大陸同東盟十國簽訂了投資協定。",
    ])
      expect(china(text), text).toBe(true);
  });

  it("reads none in a longer word, as a modifier, with no party verb after it, or a verb that is a noun's modifier", () => {
    for (const text of [
      "北美大陆已经进入冬季。",
      "新亚欧大陆桥经过这座城市。",
      "这里有别于大陆其他地区。",
      "评论认为，大陆经济增长放缓。",
      "地质学家说，大陆也会缓慢漂移。",
      "去年大陆申请者的人数翻了一番。",
      "他表示，大陆签订的供货合同均已履行。",
      "研究显示，大陆与台湾的海峡形成于冰期之后。",
      "王大陆签署了这份声明。",
      "南极大陆加入了科考网络的观测点。",
      "该公司在大陆与一家台湾商社签订的合同已经到期。",
      "大陆与欧洲大陆签署的协议不同。",
      "大陆与台湾的厂商签署了意向书。",
      // the partner phrase does not run across a line break (a caption line, then the next line's verb)
      "大陆与东盟代表团\n签署仪式于今日举行。",
    ])
      expect(china(text), text).toBe(false);
  });
});
