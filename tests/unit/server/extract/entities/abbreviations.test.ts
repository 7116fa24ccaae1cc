import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { extractDocument } from "../../../../../server/extract/index";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";
import { expectQuotesAtOffsets, hasEdge, hasNode } from "../../../../support/extracted";

const has = hasEdge;
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("members named by one-character abbreviations", () => {
  it("province pairs, services with operators in brackets, bracketed places inside names", () => {
    const text =
      "川渝两地推动中欧班列（成渝）扩容。重庆自贸试验区依托中新（重庆）战略性互联互通示范项目，与新加坡深化金融合作。";
    const g = extractDocument("pairs.txt", text);
    expect(node(g, "Province:四川省")).toBe(true);
    expect(node(g, "Corridor:中欧班列（成渝）")).toBe(true);
    expect(has(g, "COOPERATES_WITH:FreeTradeZone:中国（重庆）自由贸易试验区->Country:新加坡")).toBe(true);
    expect(has(g, "COOPERATES_WITH:Province:重庆市->Country:新加坡")).toBe(false);
    quotesOk(g, text);
  });

  it("reads lists of single abbreviations closed by a count (苏、皖两省, 美、日、韩三国) and pairs before 之间", () => {
    const rec = new Recognizer(loadCatalog());
    const members = (t: string) => {
      const n = normalize(t);
      return rec.abbreviations(n, rec.recognize(n)).map((m) => m.id);
    };
    expect(members("该市地处苏、皖两省交界。")).toEqual(["Province:江苏省", "Province:安徽省"]);
    expect(members("美、日、韩三国均有投资。")).toEqual(["Country:美国", "Country:日本", "Country:韩国"]);
    expect(members("京津之间的通道。")).toEqual(["Province:北京市", "Province:天津市"]);
    expect(members("项目、资金两地统筹。")).toEqual([]);
  });

  it("reads a province pair after a verb of reach and a country pair before 的 or a count", () => {
    const rec = new Recognizer(loadCatalog());
    const members = (t: string) => {
      const n = normalize(t);
      return rec.abbreviations(n, rec.recognize(n)).map((m) => m.id);
    };
    expect(members("该港口辐射湘赣，服务全省。")).toEqual(["Province:湖南省", "Province:江西省"]);
    expect(members("该片区主动服务鄂豫，面向川黔。")).toEqual([
      "Province:湖北省",
      "Province:河南省",
      "Province:四川省",
      "Province:贵州省",
    ]);
    expect(members("来自泰越的水果增多，今日韩国客商到访。")).toEqual(["Country:泰国", "Country:越南"]);
  });

  it("reads the members of a route named inside a service (渝新欧, “冀西欧”), not 中欧", () => {
    const rec = new Recognizer(loadCatalog());
    const members = (t: string) => {
      const n = normalize(t);
      return rec.abbreviations(n, rec.recognize(n)).map((m) => m.id);
    };
    expect(members("中欧班列（湘粤欧）开行，“鄂西欧”国际货运班列首发。")).toEqual([
      "Province:湖南省",
      "Province:广东省",
      "Country:欧洲",
      "Province:湖北省",
      "Country:欧洲",
    ]);
    expect(members("中欧班列开往欧洲。")).toEqual([]);
  });
});

describe("members named by abbreviations before a count, and second abbreviations", () => {
  const rec = new Recognizer(loadCatalog());
  const members = (t: string) => {
    const n = normalize(t);
    return rec.abbreviations(n, rec.recognize(n)).map((m) => m.id);
  };

  it("reads a run of abbreviations before a count (粤闽津三个自贸区, 中蒙俄三国 with China, 沪浙四大)", () => {
    expect(members("新设的苏浙皖三个自贸区同时挂牌。").filter((id) => id.startsWith("Province:"))).toEqual([
      "Province:江苏省",
      "Province:浙江省",
      "Province:安徽省",
    ]);
    expect(members("沿线的中哈俄三国签署了运输协定。")).toEqual([
      "Country:中国",
      "Country:哈萨克斯坦",
      "Country:俄罗斯",
    ]);
    expect(
      members("会议比较了沪鲁冀豫四大自贸区的做法。").filter((id) => id.startsWith("Province:")),
    ).toEqual(["Province:上海市", "Province:山东省", "Province:河北省", "Province:河南省"]);
  });

  it("reads second abbreviations and 港, 澳 only in lists or before a count (云、贵、川等地, 港澳两地)", () => {
    expect(members("班列集结云、贵、川等地的货物。")).toEqual([
      "Province:云南省",
      "Province:贵州省",
      "Province:四川省",
    ]);
    expect(members("游客往返港澳两地。")).toEqual(["Province:香港特别行政区", "Province:澳门特别行政区"]);
  });

  it("does not read a region named by a compound, a name holding one, or a word holding the characters", () => {
    expect(members("两地共建粤港澳大湾区。")).toEqual([]);
    expect(members("双方共建粤澳合作产业园。")).toEqual([]);
    expect(members("这是宝贵的经验，云贵高原风光秀丽。")).toEqual([]);
    expect(members("中俄合作的项目三个。")).toEqual(["Country:俄罗斯"]);
  });
});

describe("zones named by province abbreviations before a count of zones", () => {
  const rec = new Recognizer(loadCatalog());
  const members = (t: string) => {
    const n = normalize(t);
    return rec.abbreviations(n, rec.recognize(n)).map((m) => m.id);
  };

  it("reads each province's zone from a count of zones (粤闽津三个自贸区, 沪津闽粤四大自贸区)", () => {
    expect(members("国务院批准湘鄂川三个自贸区的方案。")).toEqual([
      "FreeTradeZone:中国（湖南）自由贸易试验区",
      "Province:湖南省",
      "FreeTradeZone:中国（湖北）自由贸易试验区",
      "Province:湖北省",
      "FreeTradeZone:中国（四川）自由贸易试验区",
      "Province:四川省",
    ]);
    // a province without a zone in the catalog gives no zone (赣)
    expect(members("湘赣两地自贸区").filter((id) => id.startsWith("FreeTradeZone:"))).toEqual([]);
  });

  it("reads no zone when the count is of provinces or regions (湘鄂赣三省)", () => {
    expect(members("国务院支持湘鄂赣三省合作。").filter((id) => id.startsWith("FreeTradeZone:"))).toEqual([]);
  });
});

describe("country pairs after a verb of reach or adjacency", () => {
  const rec = new Recognizer(loadCatalog());
  const members = (t: string) => {
    const n = normalize(t);
    return rec.abbreviations(n, rec.recognize(n)).map((m) => m.id);
  };

  it("reads 东连日韩, 毗邻俄蒙, 辐射日韩 as the two countries", () => {
    expect(members("该港东连日韩，西接欧亚。")).toEqual(
      expect.arrayContaining(["Country:日本", "Country:韩国"]),
    );
    expect(members("该区毗邻俄蒙，口岸众多。")).toEqual(["Country:俄罗斯", "Country:蒙古国"]);
  });

  it("reads no countries from 同意 followed by a word (双方同意加强合作: not 同 + 意大利 + 加拿大)", () => {
    expect(members("会谈中，双方同意加强经贸合作。")).toEqual([]);
    expect(members("两国同意加快推进铁路项目。")).toEqual([]);
    expect(members("会议同意加大投资力度。")).toEqual([]);
    // (加 before a verb character opens a verb, not 加拿大: review18f F5)
    expect(members("两国同意加紧磋商。")).toEqual([]);
    expect(members("该国对美加征关税。")).not.toContain("Country:加拿大");
    // (同 before other abbreviations still names the partners)
    expect(members("该省积极同俄蒙开展合作。")).toEqual(["Country:俄罗斯", "Country:蒙古国"]);
  });

  it("reads no abbreviation inside a common word in any branch (同意日韩两国, 对非法, 与日俱增)", () => {
    // (the count branch: 同意 + 日韩两国 names Japan and Korea, not Italy)
    expect(members("甲乙双方同意日韩两国企业参与园区建设。")).toEqual(["Country:日本", "Country:韩国"]);
    expect(members("某市同意美日韩企业入驻该园区。")).not.toContain("Country:意大利");
    expect(members("边检站对非法出入境行为依法处理。")).toEqual([]);
    expect(members("两地贸易往来与日俱增。")).toEqual([]);
    // (a pair of countries after 对 still names them)
    expect(members("该省扩大对德法出口。")).toEqual(["Country:德国", "Country:法国"]);
  });

  it("reads no members from the pair 欧美 or 美欧, one word for the West (non-abbreviations.json pairWords)", () => {
    expect(members("该公司重视对欧美客户的售后服务。")).toEqual([]);
    expect(members("这批药品已在美欧等地获批上市。")).toEqual([]);
    expect(members("航线可与欧美、中东等地衔接。")).toEqual([]);
    // (other pairs after the same words still name both countries; 美欧日 stays three economies)
    expect(members("该省扩大对英美出口。")).toEqual(["Country:英国", "Country:美国"]);
    expect(members("美欧日三方在会上表态。")).toContain("Country:美国");
  });

  it("reads no pair used as a modifier of a market or goods (欧美市场, 日韩货物)", () => {
    expect(members("产品走向欧美市场。")).toEqual([]);
    expect(members("港口承接日韩货物转运。")).toEqual([]);
  });

  it("reads no members in a landform named by its provinces or before the localizer 中的", () => {
    const rec = new Recognizer(loadCatalog());
    const members = (t: string) => {
      const n = normalize(t);
      return rec.abbreviations(n, rec.recognize(n)).map((m) => m.id);
    };
    expect(members("班列连接青藏高原与中亚。")).toEqual([]);
    expect(members("这里被称为热土中的热土。")).toEqual([]);
    expect(members("来自日韩的货物增多。")).toEqual(["Country:日本", "Country:韩国"]);
  });
});

describe("the 日 of a date before country abbreviations", () => {
  const rec = new Recognizer(loadCatalog());
  const members = (t: string) => {
    const n = normalize(t);
    return rec.abbreviations(n, rec.recognize(n)).map((m) => m.id);
  };

  it("reads no 日本 from a day number before a run of abbreviations", () => {
    expect(members("会议定于9日中俄蒙三方磋商。")).not.toContain("Country:日本");
    expect(members("本月12日中美欧代表举行会谈。")).not.toContain("Country:日本");
    expect(members("二十日中韩越三国企业签约。")).not.toContain("Country:日本");
    expect(members("4日中英法三国学者到访。")).not.toContain("Country:日本");
  });

  it("still reads 日本 when no numeral makes the 日 a day", () => {
    expect(members("美欧日三方在会上表态。")).toContain("Country:日本");
    expect(members("来自当日韩的货物抵港。")).toContain("Country:日本");
    expect(members("该港东连日韩等国家。")).toContain("Country:日本");
    // the digits of a Latin name are no day
    expect(members("G7日美欧三方表态。")).toContain("Country:日本");
  });

  it("reads a run of three provinces at a clause's start as members only when it acts (a verb, punctuation after it)", () => {
    const rec = new Recognizer(loadCatalog());
    const members = (t: string) => {
      const n = normalize(t);
      return rec.abbreviations(n, rec.recognize(n)).map((m) => m.id);
    };
    // acting together: a verb, an adverb or punctuation right after the run
    expect(members("2020年苏浙皖共同成立联盟。")).toEqual([
      "Province:江苏省",
      "Province:浙江省",
      "Province:安徽省",
    ]);
    expect(members("可借鉴长三角、苏浙皖（2020年签约）的经验。")).toContain("Province:安徽省");
    // a region qualifying the word after it, or a quoted route name: no members
    expect(members("此举有利于提升对苏浙皖高水平开放的支撑。")).toEqual([]);
    expect(members("物流园承接苏浙皖区位优势。")).toEqual([]);
    expect(members("首趟“苏浙皖”测试专列昨日开出。")).toEqual([]);
  });

  it("reads a run of three provinces opening the text itself (no quote before its first character)", () => {
    const rec = new Recognizer(loadCatalog());
    const members = (t: string) => {
      const n = normalize(t);
      return rec.abbreviations(n, rec.recognize(n)).map((m) => m.id);
    };
    expect(members("皖赣湘在合肥签署协议。")).toContain("Province:湖南省");
  });

  it("reads a run at a clause's start before an ordinary verb of joint action (川渝黔签订, 京津冀召开)", () => {
    const rec = new Recognizer(loadCatalog());
    const members = (t: string) => {
      const n = normalize(t);
      return rec.abbreviations(n, rec.recognize(n)).map((m) => m.id);
    };
    expect(members("会上，川渝黔签订物流协议。")).toContain("Province:贵州省");
    expect(members("会上，京津冀召开协同发展座谈会。")).toContain("Province:河北省");
    expect(members("会上，湘鄂赣联手打造开放高地。")).toContain("Province:江西省");
    expect(members("会上，粤桂琼启动区域合作机制。")).toContain("Province:海南省");
  });
});
