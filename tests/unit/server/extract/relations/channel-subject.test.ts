import { describe, expect, it } from "vitest";
import { channelSubject } from "../../../../../server/extract/relations/channel-subject";
import { cooperation } from "../../../../../server/extract/relations/cooperation";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", these rules only.
describe("relation rule channel-subject", () => {
  it("makes the port or city a copula sentence describes as a channel cooperate with the partners", () => {
    expect(relationsBy([channelSubject], "霍尔果斯口岸是中国通往哈萨克斯坦的重要陆路口岸。")).toEqual([
      "COOPERATES_WITH:Port:霍尔果斯口岸->Country:哈萨克斯坦",
    ]);
    expect(relationsBy([channelSubject], "阿拉山口是国家一类口岸，是新疆通往中亚的铁路口岸。")).toEqual([
      "COOPERATES_WITH:City:阿拉山口->Country:中亚",
    ]);
    expect(relationsBy([channelSubject], "东兴市是中国进入越南和连接东南亚最便捷的通道。")).toEqual([
      "COOPERATES_WITH:City:东兴->Country:越南",
      "COOPERATES_WITH:City:东兴->Country:东南亚",
    ]);
    expect(relationsBy([channelSubject], "凭祥是崇左市的县级市，也是广西通往越南的陆路口岸。")).toEqual([
      "COOPERATES_WITH:City:凭祥->Country:越南",
    ]);
    expect(relationsBy([channelSubject], "黑河是黑龙江的地级市，还是中国通往俄罗斯的重要口岸。")).toEqual([
      "COOPERATES_WITH:City:黑河->Country:俄罗斯",
    ]);
  });

  it("leaves the home place before 面向 to no side when a port is described", () => {
    expect(relationsBy([channelSubject, cooperation], "钦州港是广西面向东盟的重要出海口。")).toEqual([
      "COOPERATES_WITH:Port:钦州港->Country:东盟",
    ]);
  });

  it("gives nothing for a hub, a subject that is no port or city, or no 是 subject", () => {
    expect(relationsBy([channelSubject], "成都是西部地区通往欧洲的重要枢纽。")).toEqual([]);
    expect(relationsBy([channelSubject], "这条公路是中国通往老挝的重要通道。")).toEqual([]);
    expect(relationsBy([channelSubject], "货车经霍尔果斯口岸通往哈萨克斯坦的通道排起长队。")).toEqual([]);
    expect(relationsBy([channelSubject], "深圳是香港进入内地的重要通道。")).toEqual([]);
  });

  it("gives nothing when the sentence supposes or asks the channel", () => {
    expect(relationsBy([channelSubject], "如果这条公路建成，磨憨是通往老挝和泰国最便捷的通道。")).toEqual([]);
    expect(relationsBy([channelSubject], "满洲里是中国通往俄罗斯的口岸吗？")).toEqual([]);
    expect(relationsBy([channelSubject], "霍尔果斯口岸是中国通往哈萨克斯坦的重要陆路口岸？")).toEqual([]);
  });

  it("reads a gateway or a great channel, 作为 as a copula, a 乃至 list, and the place that opens the sentence", () => {
    expect(relationsBy([channelSubject], "霍尔果斯是连接哈萨克斯坦的大通道。")).toEqual([
      "COOPERATES_WITH:City:霍尔果斯->Country:哈萨克斯坦",
    ]);
    expect(
      relationsBy(
        [channelSubject],
        "二连浩特地处中蒙边境，是内蒙古最大的陆路口岸，也是我国面向蒙古国的重要门户。",
      ),
    ).toEqual(["COOPERATES_WITH:City:二连浩特->Country:蒙古国"]);
    expect(
      relationsBy(
        [channelSubject],
        "绥芬河作为黑龙江的对俄窗口，作为我国面向俄罗斯乃至欧洲的大通道，地位突出。",
      ),
    ).toEqual(["COOPERATES_WITH:City:绥芬河->Country:俄罗斯", "COOPERATES_WITH:City:绥芬河->Country:欧洲"]);
  });

  it("takes no sentence subject that does not open its clause, nor one a later place stands in for", () => {
    expect(relationsBy([channelSubject], "据介绍，货物从瑞丽出境，是我国通往南亚的重要门户。")).toEqual([]);
    expect(
      relationsBy([channelSubject], "瑞丽与缅甸接壤，云南省加快建设，是我国通往南亚的重要门户。"),
    ).toEqual([]);
    expect(relationsBy([channelSubject], "瑞丽通往南亚的门户正在建设，是我国的重点工程。")).toEqual([]);
    expect(
      relationsBy([channelSubject], "成都作为中心城市，作为西部地区通往欧洲的重要枢纽，发展迅速。"),
    ).toEqual([]);
  });

  it("leaves a fronted 作为 clause to the subject after it, and a speaker's city to no channel", () => {
    // (作为…，乙市…: the 作为 clause is about the place that opens the next clause, not the sentence's first one)
    expect(
      relationsBy([channelSubject], "南宁召开博览会，作为我国面向东盟的重要门户，凭祥也组织了企业参展。"),
    ).toEqual([]);
    expect(relationsBy([channelSubject], "喀什市长指出，是我国通往中亚的大通道带来了机遇。")).toEqual([]);
    expect(relationsBy([channelSubject], "绥芬河某企业负责人介绍，是我国通往俄罗斯的大通道。")).toEqual([]);
    // (a city that only modifies the subject is not it)
    expect(relationsBy([channelSubject], "满洲里的货场与俄罗斯相连，是我国通往欧洲的大通道。")).toEqual([]);
  });

  it("takes no sentence subject across a clause that no copula opens", () => {
    expect(
      relationsBy([channelSubject], "东兴市与越南隔河相望，与之相邻的凭祥，也是我国通往越南的重要门户。"),
    ).toEqual([]);
    expect(
      relationsBy(
        [channelSubject],
        "黑河与俄罗斯隔江相望，铁路部门在此修建的站场，是我国通往俄罗斯的大通道。",
      ),
    ).toEqual([]);
  });

  it("reads no copula in 是否, 是不是 or 是时候", () => {
    expect(
      relationsBy([channelSubject], "珲春与朝鲜接壤，是否会成为我国通往朝鲜的重要门户还要看政策。"),
    ).toEqual([]);
    expect(relationsBy([channelSubject], "凭祥与越南接壤，是不是我国通往东盟的最大门户尚有争论。")).toEqual(
      [],
    );
    expect(relationsBy([channelSubject], "二连浩特是否是我国通往蒙古国的重要门户仍有争议。")).toEqual([]);
  });

  it("reads no web portal as a gateway", () => {
    expect(relationsBy([channelSubject], "满洲里是我国面向俄罗斯的门户网站所在地。")).toEqual([]);
  });

  it("reads 甚至 and 以至 in a partner list, a sea gateway, and 同时作为 opening a later clause", () => {
    expect(relationsBy([channelSubject], "满洲里是我国通往俄罗斯甚至欧洲的大通道。")).toEqual([
      "COOPERATES_WITH:City:满洲里->Country:俄罗斯",
      "COOPERATES_WITH:City:满洲里->Country:欧洲",
    ]);
    expect(relationsBy([channelSubject], "绥芬河是我国面向俄罗斯以至欧洲的重要口岸。")).toEqual([
      "COOPERATES_WITH:City:绥芬河->Country:俄罗斯",
      "COOPERATES_WITH:City:绥芬河->Country:欧洲",
    ]);
    expect(relationsBy([channelSubject], "大连是我国通往日本、韩国的海上门户之一。")).toEqual([
      "COOPERATES_WITH:City:大连->Country:日本",
      "COOPERATES_WITH:City:大连->Country:韩国",
    ]);
    expect(
      relationsBy([channelSubject], "东兴市地处边境，同时作为我国面向越南的重要门户，发展迅速。"),
    ).toEqual(["COOPERATES_WITH:City:东兴->Country:越南"]);
  });

  it("reads a later copula glued to the subject (mend)", () => {
    expect(relationsBy([channelSubject], "据介绍，塔城也是我国通往哈萨克斯坦的重要口岸。")).toEqual([
      "COOPERATES_WITH:City:塔城->Country:哈萨克斯坦",
    ]);
    expect(relationsBy([channelSubject], "塔城还是新疆面向中亚的重要陆路口岸。")).toEqual([
      "COOPERATES_WITH:City:塔城->Country:中亚",
    ]);
    // a question or a modal 是 glued to the subject is still no copula
    expect(relationsBy([channelSubject], "塔城是否是我国通往哈萨克斯坦的重要口岸。")).toEqual([]);
  });
});
