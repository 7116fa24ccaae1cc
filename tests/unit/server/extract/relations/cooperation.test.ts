import { describe, expect, it } from "vitest";
import { channelSubject } from "../../../../../server/extract/relations/channel-subject";
import { cooperation } from "../../../../../server/extract/relations/cooperation";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule cooperation", () => {
  it("reads cooperation after 与…合作", () => {
    expect(relationsBy([cooperation], "广西自贸试验区深化与越南的经贸合作。")).toEqual([
      "COOPERATES_WITH:FreeTradeZone:中国（广西）自由贸易试验区->Country:越南",
    ]);
  });

  it("takes no country opening a firm kept whole as a partner, unless the firm is in its legal form", () => {
    expect(relationsBy([cooperation], "青岛市与俄罗斯铁路公司开展班列合作。")).not.toContain(
      "COOPERATES_WITH:City:青岛->Country:俄罗斯",
    );
    expect(relationsBy([cooperation], "青岛市与泰国华荣发展有限公司开展园区合作。")).toContain(
      "COOPERATES_WITH:City:青岛->Country:泰国",
    );
  });

  it("gives a 中X合作 compound no place of an earlier sentence as its side", () => {
    expect(relationsBy([cooperation], "西宁举办了投资洽谈会。该项目已成为中吉合作的重点项目。")).toEqual([]);
    expect(relationsBy([cooperation], "西宁的该项目已成为中吉合作的重点项目。")).toEqual([
      "COOPERATES_WITH:City:西宁->Country:吉尔吉斯斯坦",
    ]);
  });

  it("gives a 中X合作 compound no foreign place as China's side (the catalog gives it no Chinese parent)", () => {
    expect(relationsBy([cooperation], "公路北起磨憨，南至老挝首都万象，是中老合作修建的干线。")).toEqual([]);
    expect(relationsBy([cooperation], "曼谷的这个园区是中泰合作的样板。")).toEqual([]);
    expect(relationsBy([cooperation], "凭祥的这个园区是中越合作的样板。")).toEqual([
      "COOPERATES_WITH:City:凭祥->Country:越南",
    ]);
  });

  it("takes no country that only locates the partner written right after it (与某国某市, 与某国某集团)", () => {
    // (the country is named on its own elsewhere in the passage, so it is no modifier-only mention)
    expect(relationsBy([cooperation], "泰国是东盟成员国。昆明市与泰国清迈市开展经贸合作。")).toEqual([]);
    expect(relationsBy([cooperation], "越南是邻国。广西与越南明光集团签署港口合作协议。")).toEqual([]);
    // (与某国的一家公司签署: a company that signs after the country's 的, cooperate.ts firmAfterDe)
    expect(relationsBy([cooperation], "天津港与韩国的一家航运企业签订合作备忘录。")).toEqual([]);
    expect(relationsBy([cooperation], "福州市与印度尼西亚的雅加达港务公司签订合作备忘录。")).toEqual([]);
    // (the country itself as the partner still counts)
    expect(relationsBy([cooperation], "泰国是东盟成员国。昆明市与泰国开展经贸合作。")).toEqual([
      "COOPERATES_WITH:City:昆明->Country:泰国",
    ]);
  });

  it("reads no 与 inside 参与 as the partner's trigger", () => {
    expect(relationsBy([cooperation], "二连浩特积极参与蒙古国合作。")).toEqual([]);
  });

  it("gives no relation to the place of a dateline", () => {
    expect(relationsBy([cooperation], "中新社昆明3月2日电 由中国和老挝两国共同合作建设的园区开工。")).toEqual(
      [],
    );
  });

  it("reads opening towards a list of countries", () => {
    expect(relationsBy([cooperation], "云南面向老挝和缅甸开放。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:老挝",
      "COOPERATES_WITH:Province:云南省->Country:缅甸",
    ]);
  });

  it("reads a role toward the partners after 面向 (…辐射中心, …门户, …桥头堡), not any noun", () => {
    expect(relationsBy([cooperation], "广西将加快建设面向越南和老挝辐射中心。")).toEqual([
      "COOPERATES_WITH:Province:广西壮族自治区->Country:越南",
      "COOPERATES_WITH:Province:广西壮族自治区->Country:老挝",
    ]);
    expect(relationsBy([cooperation], "广西面向越南游客推出优惠。")).toEqual([]);
  });

  it("reads a superlative before the role (面向…最便捷的通道) and a port as the subject", () => {
    expect(relationsBy([cooperation], "满洲里正全力建设面向俄罗斯最快捷的铁路通道。")).toEqual([
      "COOPERATES_WITH:City:满洲里->Country:俄罗斯",
    ]);
    // (since release 22 a port the sentence describes as the channel is read by channel-subject.ts)
    expect(relationsBy([cooperation, channelSubject], "钦州港是我国西部面向东盟最近的出海口。")).toEqual([
      "COOPERATES_WITH:Port:钦州港->Country:东盟",
    ]);
    expect(relationsBy([cooperation], "广西面向越南最多的是游客。")).toEqual([]);
  });

  it("gives no pair that an aim only states (旨在推动…与…)", () => {
    expect(relationsBy([cooperation], "这条新航线旨在推动宁波与日本开展港航合作。")).toEqual([]);
    expect(relationsBy([cooperation], "这条新航线推动了宁波与日本的港航合作。")).toEqual([
      "COOPERATES_WITH:City:宁波->Country:日本",
    ]);
  });

  it("gives the subject no side when it brings others named by a common noun to cooperate", () => {
    expect(
      relationsBy([cooperation], "宁波市出台专项办法，鼓励民营外贸企业同智利开展水果贸易合作。"),
    ).toEqual([]);
    expect(relationsBy([cooperation], "南宁市借助博览会，帮助中小商户与越南开展跨境电商合作。")).toEqual([]);
    // near-misses: the subject's own cooperation, and a named side after the verb
    expect(relationsBy([cooperation], "青岛市积极推动与日本开展物流合作。")).toEqual([
      "COOPERATES_WITH:City:青岛->Country:日本",
    ]);
    expect(relationsBy([cooperation], "山东省积极推动青岛市与日本开展物流合作。")).toEqual([
      "COOPERATES_WITH:City:青岛->Country:日本",
    ]);
  });

  it("keeps the subject as the side when the noun after the verb is the subject again or its own predicate (round mend28e)", () => {
    for (const [line, pair] of [
      ["福建省表示，要鼓励本省与菲律宾拓展渔业合作。", "Province:福建省->Country:菲律宾"],
      ["贵州省提出，推动全省与瑞士深化大数据合作。", "Province:贵州省->Country:瑞士"],
      ["浙江省大力促进数字化转型并与智利开展贸易合作。", "Province:浙江省->Country:智利"],
      ["云南省积极推动口岸建设同时与老挝深化电力合作。", "Province:云南省->Country:老挝"],
    ]) {
      expect(relationsBy([cooperation], line as string), line).toEqual([`COOPERATES_WITH:${pair}`]);
    }
  });

  it("takes an unnamed region right before 与 as the side, not a place named earlier", () => {
    expect(relationsBy([cooperation], "成都开通新航线，带动西部地区与东盟深化合作。")).toEqual([]);
    expect(relationsBy([cooperation], "成都开通新航线，带动成都与东盟深化合作。")).toEqual([
      "COOPERATES_WITH:City:成都->Country:东盟",
    ]);
  });

  it("reads a bare 面向X among clauses of position as where a place lies, not cooperation", () => {
    expect(relationsBy([cooperation], "云南北靠四川，西与缅甸接壤，面向南亚。")).toEqual([]);
    expect(relationsBy([cooperation], "云南面向南亚。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:南亚",
    ]);
  });

  it("gives the cooperation to the name a 位于 phrase places, not to the places of that phrase", () => {
    // (吉隆口岸位于…: the port is what the sentence is about; channel-subject reads it as the sentence's subject
    // since release 27, and cooperation leaves a channel it reads to it)
    expect(
      relationsBy([channelSubject, cooperation], "东兴口岸位于广西防城港市，是我国面向东盟开放的重要口岸。"),
    ).toEqual(["COOPERATES_WITH:Port:东兴口岸->Country:东盟"]);
    // (cooperation alone, on a role noun channel-subject does not read)
    expect(relationsBy([cooperation], "磨憨口岸位于云南西双版纳州，是我国面向老挝开放的重要窗口。")).toEqual([
      "COOPERATES_WITH:Port:磨憨口岸->Country:老挝",
    ]);
    // (a place stated in another clause stays the subject of its own clause)
    expect(relationsBy([cooperation], "该园区位于广西南部。广西面向东盟开放。")).toEqual([
      "COOPERATES_WITH:Province:广西壮族自治区->Country:东盟",
    ]);
  });
  it("gives no relation to a country that only qualifies a head of state or an envoy met (同某国总统某某会谈)", () => {
    expect(relationsBy([cooperation], "会后，湖南省同法国驻华大使就经贸合作举行会谈。")).toEqual([]);
    expect(relationsBy([cooperation], "当天，云南省与老挝总理某某就合作进行了会谈。")).toEqual([]);
    expect(relationsBy([cooperation], "晚宴上，江西省与意大利总统畅谈文化合作。")).toEqual([]);
  });

  it("keeps the country itself as the partner (与越南合作)", () => {
    expect(relationsBy([cooperation], "云南省加强与老挝的旅游合作。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:老挝",
    ]);
  });

  it("takes no country that only says where people cooperating come from (甲省与乙国友人合作…)", () => {
    expect(relationsBy([cooperation], "浙江省与意大利友人合作举办画展。")).toEqual([]);
    expect(relationsBy([cooperation], "柬埔寨农民与中国专家合作种植水稻。")).toEqual([]);
    expect(relationsBy([cooperation], "浙江省与意大利合作举办画展。")).toEqual([
      "COOPERATES_WITH:Province:浙江省->Country:意大利",
    ]);
    expect(relationsBy([cooperation], "广西与越南中青年干部培训合作不断深化。")).toEqual([
      "COOPERATES_WITH:Province:广西壮族自治区->Country:越南",
    ]);
  });

  it("keeps both states when a people noun opens the noun phrase of their cooperation's field (review20l 6)", () => {
    const cases: [string, string][] = [
      ["中国与越南游客互送合作机制建立。", "越南"],
      ["中国与新加坡居民健康合作项目启动。", "新加坡"],
      ["中国与巴基斯坦工人培训中心合作建设。", "巴基斯坦"],
      ["中国与老挝干部交流项目正式启动。", "老挝"],
      ["中国与越南青年交流活动在河内举行。", "越南"],
    ];
    for (const [t, c] of cases)
      expect(relationsBy([cooperation], t), t).toEqual([`COOPERATES_WITH:Country:中国->Country:${c}`]);
    // the people act: a verb, 共同 or another party after the people noun
    expect(relationsBy([cooperation], "中国与越南青年开展交流。")).toEqual([]);
    expect(relationsBy([cooperation], "法国厨师与中国厨师合作推出新菜。")).toEqual([]);
    expect(relationsBy([cooperation], "中国与老挝学生共同合作完成课题。")).toEqual([]);
  });

  it("reads no dealings in a cooperation word that only opens an officer's title (mend24h)", () => {
    expect(relationsBy([cooperation], "中国与秘鲁经贸部长出席了开幕式。")).toEqual([]);
    // (the dealings themselves still count)
    expect(relationsBy([cooperation], "中国与秘鲁经贸部长出席了经贸合作论坛。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:秘鲁",
    ]);
  });

  it("gives nothing for a cooperation its sentence then denies (拟与X签署…合作协议，但至今尚未签署)", () => {
    expect(relationsBy([cooperation], "湖南省打算与越南签订经贸合作协议，但至今尚未签订。")).toEqual([]);
    expect(relationsBy([cooperation], "湖南省与越南签订了经贸合作协议，而与老挝尚未签订。")).toEqual([
      "COOPERATES_WITH:Province:湖南省->Country:越南",
    ]);
  });
});
