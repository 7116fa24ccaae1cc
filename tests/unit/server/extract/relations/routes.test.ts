import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { routes } from "../../../../../server/extract/relations/routes";
import { expectQuotesAtOffsets, hasEdge } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule routes", () => {
  it("connects a service to every place of its route and puts the ports on it", () => {
    expect(relationsBy([routes], "自成都始发、经阿拉山口出境至波兰罗兹的中欧班列已开行千列。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:成都",
      "CONNECTS:Corridor:中欧班列->City:阿拉山口",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
      "CONNECTS:Corridor:中欧班列->City:罗兹",
    ]);
  });

  it("puts a port the train crosses the border at on it (通过…口岸出境), not a crossing word heading a noun", () => {
    const found = relationsBy([routes], "这列中欧班列从长沙出发，将通过满洲里口岸出境，开往莫斯科。");
    expect(found).toContain("ON_CORRIDOR:Port:满洲里口岸->Corridor:中欧班列");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:莫斯科");
    const shop = relationsBy([routes], "中欧班列开行以来，满洲里口岸出境免税店客流大增。");
    expect(shop).not.toContain("ON_CORRIDOR:Port:满洲里口岸->Corridor:中欧班列");
  });

  it("reads origins listed with 以…为起点 and a destination after 到", () => {
    const found = relationsBy([routes], "中欧班列以南昌、赣州为起点，经霍尔果斯口岸到德国杜伊斯堡。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:南昌");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:赣州");
    expect(found).toContain("ON_CORRIDOR:Port:霍尔果斯口岸->Corridor:中欧班列");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:杜伊斯堡");
  });

  it("reads destinations joined by 以及 and a city written after its country with 的", () => {
    const found = relationsBy([routes], "中欧班列从西安出发，再发往波兰以及德国的杜伊斯堡。");
    expect(found).toEqual([
      "CONNECTS:Corridor:中欧班列->City:西安",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
      "CONNECTS:Corridor:中欧班列->Country:德国",
      "CONNECTS:Corridor:中欧班列->City:杜伊斯堡",
    ]);
  });

  it("does not take the origin of goods for a stop (来自, 产自, 源自), nor 以 inside 以及", () => {
    expect(relationsBy([routes], "中欧班列运来来自俄罗斯的木材。")).toEqual([]);
    expect(relationsBy([routes], "中欧班列运来的这批商品大多产自法国。")).toEqual([]);
    expect(relationsBy([routes], "中欧班列运来的木材源自俄罗斯。")).toEqual([]);
    expect(relationsBy([routes], "中欧班列满载机械以及德国产的汽车配件。")).toEqual([]);
  });

  it("does not take the crossings and trips of travellers for stops of a service named before them", () => {
    const none = [
      "中欧班列开行以来，旅客经满洲里口岸出境旅游人数也大幅增长。",
      "中欧班列运营以来，二连浩特口岸入境的俄罗斯游客达十万人次。",
      "中欧班列开通后，许多游客从霍尔果斯口岸出境，前往哈萨克斯坦购物。",
    ];
    for (const s of none) expect(relationsBy([routes], s), s).toEqual([]);
    expect(relationsBy([routes], "中欧班列从霍尔果斯口岸出境，前往哈萨克斯坦。")).toEqual([
      "ON_CORRIDOR:Port:霍尔果斯口岸->Corridor:中欧班列",
      "CONNECTS:Corridor:中欧班列->Country:哈萨克斯坦",
    ]);
  });

  it("keeps the stops of a train when travellers or staff are named in another clause", () => {
    expect(relationsBy([routes], "中欧班列由工作人员完成装车，经阿拉山口出境，抵达汉堡。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:阿拉山口",
    );
    const rail = relationsBy([routes], "中老铁路累计发送旅客2000万人次，货物列车从昆明开往万象。");
    expect(rail).toContain("CONNECTS:Corridor:中老铁路->City:昆明");
    expect(rail).toContain("CONNECTS:Corridor:中老铁路->City:万象");
    expect(relationsBy([routes], "中欧班列开行后，两地游客往来增多，班列从义乌出发抵达马德里。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:义乌",
    );
  });

  it("connects a service to a destination its name also holds (中欧班列 … 开往欧洲)", () => {
    expect(relationsBy([routes], "一列中欧班列缓缓出境，经哈萨克斯坦开往欧洲。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:哈萨克斯坦",
      "CONNECTS:Corridor:中欧班列->Country:欧洲",
    ]);
  });

  it("reads 以 as an origin only in 以…为起点, not in 以…为例", () => {
    expect(relationsBy([routes], "以满洲里口岸为例，中欧班列通关时间缩短。")).toEqual([]);
  });

  it("reads a route written with dashes right after the service's name (A—B国C)", () => {
    expect(relationsBy([routes], "中欧班列（长安号）西安—德国汉堡线路今日开通。")).toEqual([
      "CONNECTS:Corridor:中欧班列（长安号）->City:西安",
      "CONNECTS:Corridor:中欧班列（长安号）->Country:德国",
      "CONNECTS:Corridor:中欧班列（长安号）->City:汉堡",
    ]);
    // a dash between two places not joined to the service is no route of it
    expect(relationsBy([routes], "中欧班列运量增长，西安—咸阳城际铁路同日开通。")).toEqual([]);
  });

  it("reads countries crossed (跨越), a heading destination (向…进发) and a development zone of origin", () => {
    expect(relationsBy([routes], "中欧班列从西安出发，先后跨越哈萨克斯坦和俄罗斯，最后抵达德国。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:西安",
      "CONNECTS:Corridor:中欧班列->Country:哈萨克斯坦",
      "CONNECTS:Corridor:中欧班列->Country:俄罗斯",
      "CONNECTS:Corridor:中欧班列->Country:德国",
    ]);
    expect(relationsBy([routes], "货物换装后搭乘中欧班列向德国汉堡进发。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:德国",
      "CONNECTS:Corridor:中欧班列->City:汉堡",
    ]);
    expect(relationsBy([routes], "中欧班列向德国出口机械。")).toEqual([]);
    // (and the city the zone of origin is named after is a place of the route)
    expect(relationsBy([routes], "首趟中欧班列由西安国际港务区发出。")).toEqual([
      "ON_CORRIDOR:DevZone:西安国际港务区->Corridor:中欧班列",
      "CONNECTS:Corridor:中欧班列->City:西安",
    ]);
  });

  it("reads a sentence about an unnamed train (回程班列…) as the route of the service named before", () => {
    const text =
      "中欧班列（齐鲁号）今日开行。\n同日，一列满载家电的回程班列由德国杜伊斯堡发出，经二连浩特口岸入境。";
    const g = extractDocument("return-train.txt", text);
    expect(hasEdge(g, "CONNECTS:Corridor:中欧班列（齐鲁号）->City:杜伊斯堡")).toBe(true);
    expect(hasEdge(g, "ON_CORRIDOR:Port:二连浩特口岸->Corridor:中欧班列（齐鲁号）")).toBe(true);
    expectQuotesAtOffsets(g, text);
    // with no service named before, an unnamed train connects nothing
    const alone = extractDocument(
      "alone.txt",
      "记者今日获悉。回程班列由德国杜伊斯堡发出，经二连浩特口岸入境。",
    );
    expect(alone.edges.filter((e) => e.type === "CONNECTS" || e.type === "ON_CORRIDOR")).toEqual([]);
  });

  it("gives a service joined by another train (与中欧班列衔接) only the junction and the stops after it", () => {
    const text =
      "一列装载机电产品的班列由广西钦州港东站驶向重庆团结村站，随即与中欧班列衔接后，再运往德国汉堡。";
    expect(relationsBy([routes], text)).toEqual([
      "CONNECTS:Corridor:中欧班列->Province:重庆市",
      "CONNECTS:Corridor:中欧班列->Country:德国",
      "CONNECTS:Corridor:中欧班列->City:汉堡",
    ]);
  });

  it("reads a port the goods reach (到达) before boarding the service as a stop on it", () => {
    expect(relationsBy([routes], "这批电子产品到达郑州港后完成集结，再搭乘中欧班列前往匈牙利。")).toEqual([
      "ON_CORRIDOR:Port:郑州港->Corridor:中欧班列",
      "CONNECTS:Corridor:中欧班列->Country:匈牙利",
    ]);
  });

  it("reads an origin written before its word of origin (A始发、经B到C; A、B出发)", () => {
    expect(relationsBy([routes], "今年新开了南昌始发、经霍尔果斯到波兰华沙的中欧班列。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:南昌",
      "CONNECTS:Corridor:中欧班列->City:霍尔果斯",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
      "CONNECTS:Corridor:中欧班列->City:华沙",
    ]);
    // a place followed by another word is no origin
    expect(relationsBy([routes], "南昌企业积极使用中欧班列。")).toEqual([]);
  });

  it("reads stops after 起点/终点, 经停 and 进入", () => {
    expect(relationsBy([routes], "该中欧班列起点为南昌，终点为德国杜伊斯堡。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:南昌",
      "CONNECTS:Corridor:中欧班列->Country:德国",
      "CONNECTS:Corridor:中欧班列->City:杜伊斯堡",
    ]);
    expect(relationsBy([routes], "中欧班列经停哈萨克斯坦，进入俄罗斯境内。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:哈萨克斯坦",
      "CONNECTS:Corridor:中欧班列->Country:俄罗斯",
    ]);
  });

  it("reads a sentence that refers back to the service (它…, 该航线…, 本条线路…, 货物将继续发往…)", () => {
    expect(relationsBy([routes], "中欧班列今日首发。它自南昌出发，最终抵达波兰华沙。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:南昌",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
      "CONNECTS:Corridor:中欧班列->City:华沙",
    ]);
    expect(relationsBy([routes], "中欧班列今日抵达霍尔果斯。货物将继续发往哈萨克斯坦。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:霍尔果斯",
      "CONNECTS:Corridor:中欧班列->Country:哈萨克斯坦",
    ]);
    expect(relationsBy([routes], "中欧班列今日首发。本条线路经二连浩特口岸出境，抵达波兰。")).toEqual([
      "ON_CORRIDOR:Port:二连浩特口岸->Corridor:中欧班列",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
    ]);
    // with no service named before in the passage, a pronoun refers to nothing
    expect(relationsBy([routes], "它自南昌出发，最终抵达波兰华沙。")).toEqual([]);
    expect(relationsBy([routes], "本条线路经二连浩特口岸出境，抵达波兰。")).toEqual([]);
    // a sentence about something else (no pronoun, no cargo) is no route of it
    expect(relationsBy([routes], "中欧班列今日首发。企业代表前往波兰考察。")).toEqual([]);
  });

  it("reads only the ports and the stated ends of a corridor that is no service", () => {
    expect(relationsBy([routes], "中巴经济走廊起点为新疆喀什，终点为巴基斯坦瓜达尔港。")).toEqual([
      "CONNECTS:Corridor:中巴经济走廊->Province:新疆维吾尔自治区",
      "CONNECTS:Corridor:中巴经济走廊->City:喀什",
      "CONNECTS:Corridor:中巴经济走廊->Country:巴基斯坦",
      "ON_CORRIDOR:Port:瓜达尔港->Corridor:中巴经济走廊",
    ]);
    // the way goods take along a broad corridor (经广西) is no stop it names; its port is on it
    expect(relationsBy([routes], "货物通过西部陆海新通道经广西钦州港出海。")).toEqual([
      "ON_CORRIDOR:Port:钦州港->Corridor:西部陆海新通道",
    ]);
  });

  it("reads a dashed route after a quoted line name (“X线”A—B…班列) and the two ends of a line (A与B之间)", () => {
    expect(relationsBy([routes], "首列“赣欧线”南昌—华沙国际货运班列今日发运。")).toEqual([
      "CONNECTS:Corridor:赣欧线->City:南昌",
      "CONNECTS:Corridor:赣欧线->City:华沙",
    ]);
    expect(relationsBy([routes], "中欧班列往返于南昌和杜伊斯堡之间。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:南昌",
      "CONNECTS:Corridor:中欧班列->City:杜伊斯堡",
    ]);
    // the ends of another line named before the service are not the service's
    expect(relationsBy([routes], "这是南昌与华沙间的货运产品，比中欧班列更快。")).toEqual([]);
  });

  it("reads a line extended to a place (铁路改造已通至X)", () => {
    expect(relationsBy([routes], "中老铁路已延伸至万象。")).toEqual([
      "CONNECTS:Corridor:中老铁路->City:万象",
    ]);
  });

  it("reads the transit and destination verbs of the route vocabulary (路过, 穿过, 取道, 奔向, 驶抵…)", () => {
    expect(relationsBy([routes], "这列中欧班列沿途路过蒙古国、俄罗斯两国，最终驶抵波兰。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:蒙古国",
      "CONNECTS:Corridor:中欧班列->Country:俄罗斯",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
    ]);
    expect(relationsBy([routes], "中欧班列取道霍尔果斯口岸，奔向德国。")).toEqual([
      "ON_CORRIDOR:Port:霍尔果斯口岸->Corridor:中欧班列",
      "CONNECTS:Corridor:中欧班列->Country:德国",
    ]);
    // the same words outside a route: a place named with no route verb before it is no stop
    expect(relationsBy([routes], "中欧班列路过的站点增多，俄罗斯企业订单增长。")).toEqual([]);
    expect(relationsBy([routes], "记者穿过车站时，中欧班列正在装车，波兰客商在旁观看。")).toEqual([]);
  });

  it("reads a place written after the place it lies in (X首都Y, X的Y) as a stop when X is one", () => {
    expect(relationsBy([routes], "中欧班列从西安出发，驶向俄罗斯首都莫斯科。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:西安",
      "CONNECTS:Corridor:中欧班列->Country:俄罗斯",
      "CONNECTS:Corridor:中欧班列->City:莫斯科",
    ]);
    // a capital named for itself, with no route verb before its country, is no stop
    expect(relationsBy([routes], "中欧班列运量增长，俄罗斯首都莫斯科的客商前来考察。")).toEqual([]);
  });

  it("leaves the stops of another train in a list of trains to that train", () => {
    // the service is one item of a list; the places after it are the other items' stops
    expect(
      relationsBy(
        [routes],
        "继开通南昌中欧班列、南昌至越南河内国际班列，以及南昌至深圳盐田港的班列之后，该站再开新线。",
      ),
    ).toEqual([]);
    // a place before the service whose phrase another train noun closes
    expect(relationsBy([routes], "此次开行的南昌至厦门铁海联运班列，是继中欧班列之后的又一条线路。")).toEqual(
      [],
    );
    // a place in brackets after another train noun, the service the next item of the list
    expect(relationsBy([routes], "今年，中亚班列（郑州至塔什干）、中欧班列（郑州至汉堡）运行平稳。")).toEqual(
      ["CONNECTS:Corridor:中欧班列->City:郑州", "CONNECTS:Corridor:中欧班列->City:汉堡"],
    );
    // the service's own stops are still read
    expect(relationsBy([routes], "中欧班列从南昌出发，开往波兰。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:南昌",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
    ]);
  });

  it("reads the two ends of lines written as lists closed by 等地/等国家 (A、B等地与C、D等国家间)", () => {
    expect(relationsBy([routes], "中欧班列新开成都、西安等地与波兰、德国等国家间的多条线路。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:成都",
      "CONNECTS:Corridor:中欧班列->City:西安",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
      "CONNECTS:Corridor:中欧班列->Country:德国",
    ]);
    // a broad corridor gets the ends of the lines it runs
    expect(relationsBy([routes], "西部陆海新通道新开贵州、云南等地与老挝、泰国等国家间的物流线路。")).toEqual(
      [
        "CONNECTS:Corridor:西部陆海新通道->Province:贵州省",
        "CONNECTS:Corridor:西部陆海新通道->Province:云南省",
        "CONNECTS:Corridor:西部陆海新通道->Country:老挝",
        "CONNECTS:Corridor:西部陆海新通道->Country:泰国",
      ],
    );
    // not the two sides of trade, nor places listed with 等 and no line between them
    expect(relationsBy([routes], "西部陆海新通道促进了越南与老挝之间的贸易。")).toEqual([]);
    expect(relationsBy([routes], "西部陆海新通道沿线的贵州、云南等地企业受益。")).toEqual([]);
  });

  it("reads the stated extent of a broad corridor (拓展至A、B, 延伸到X)", () => {
    expect(relationsBy([routes], "西部陆海新通道持续扩容，并拓展至江西、湖北等地。")).toEqual([
      "CONNECTS:Corridor:西部陆海新通道->Province:江西省",
      "CONNECTS:Corridor:西部陆海新通道->Province:湖北省",
    ]);
    expect(relationsBy([routes], "中巴经济走廊延伸到阿富汗。")).toEqual([
      "CONNECTS:Corridor:中巴经济走廊->Country:阿富汗",
    ]);
    // the way goods take along a broad corridor stays no stop of it; an extent of something else either
    expect(relationsBy([routes], "西部陆海新通道经广西出海。")).toEqual([]);
    expect(relationsBy([routes], "西部陆海新通道的影响拓展至教育、文化等领域。")).toEqual([]);
  });

  it("reads the first service's route when the sentence names another service after it", () => {
    expect(
      relationsBy(
        [routes],
        "这趟“蓉欧快铁”经阿拉山口出境进入哈萨克斯坦，再途经俄罗斯和白俄罗斯全境，最终抵达波兰罗兹，堪称速度最快的中欧班列之一。",
      ),
    ).toEqual([
      "CONNECTS:Corridor:蓉欧快铁->City:阿拉山口",
      "CONNECTS:Corridor:蓉欧快铁->Country:哈萨克斯坦",
      "CONNECTS:Corridor:蓉欧快铁->Country:俄罗斯",
      "CONNECTS:Corridor:蓉欧快铁->Country:白俄罗斯",
      "CONNECTS:Corridor:蓉欧快铁->Country:波兰",
      "CONNECTS:Corridor:蓉欧快铁->City:罗兹",
    ]);
  });

  it("gives the first service no stop of the clause that names another service", () => {
    expect(
      relationsBy([routes], "黑河片区深度融入中蒙俄经济走廊建设，经满洲里口岸进出境的中欧班列持续增长。"),
    ).toEqual([]);
  });

  it("reads no stop of the part before a semicolon as the service's", () => {
    expect(
      relationsBy(
        [routes],
        "向北，开通了西宁至天津港的铁海联运线路；向南，依托西部陆海新通道，货物抵达钦州港。",
      ),
    ).toEqual(["ON_CORRIDOR:Port:钦州港->Corridor:西部陆海新通道"]);
  });

  it("reads an end framed by 以…为目的地/终点站, not 以…为例", () => {
    expect(relationsBy([routes], "这趟中欧班列以德国汉堡为终点站。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:德国",
      "CONNECTS:Corridor:中欧班列->City:汉堡",
    ]);
    expect(relationsBy([routes], "中欧班列以德国汉堡为例。")).toEqual([]);
  });

  it("reads a place where the service halts (在X站停留, 在A、B两次换轨, 在X集结后)", () => {
    expect(relationsBy([routes], "中欧班列出境后在蒙古国扎门乌德站停留时间压缩1小时。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:蒙古国",
      "CONNECTS:Corridor:中欧班列->City:扎门乌德",
    ]);
    expect(relationsBy([routes], "中欧班列在哈萨克斯坦、白俄罗斯两次换轨。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:哈萨克斯坦",
      "CONNECTS:Corridor:中欧班列->Country:白俄罗斯",
    ]);
    // 在 + a place with no halting verb is no stop
    expect(relationsBy([routes], "中欧班列在西安召开推介会。")).toEqual([]);
  });

  it("reads the ends of a dash-joined chain written right before a corridor's name", () => {
    expect(relationsBy([routes], "西安—比利时“空中丝绸之路”新增航班。")).toEqual([
      "CONNECTS:Corridor:空中丝绸之路->City:西安",
      "CONNECTS:Corridor:空中丝绸之路->Country:比利时",
    ]);
    // a single place or a list is no chain of ends
    expect(relationsBy([routes], "西安“空中丝绸之路”新增航班。")).toEqual([]);
    expect(relationsBy([routes], "西安、比利时“空中丝绸之路”新增航班。")).toEqual([]);
  });

  it("reads both ends of a route written A至B right before the service, with the places listed after 至", () => {
    expect(relationsBy([routes], "一列郑州至汉堡的中欧班列今天出发。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:郑州",
      "CONNECTS:Corridor:中欧班列->City:汉堡",
    ]);
    expect(relationsBy([routes], "西安至阿拉木图中欧班列实现常态化运行。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:西安",
    );
    const listed = relationsBy([routes], "义乌至马德里、巴塞罗那等2条中欧班列今年开通。");
    expect(listed).toContain("CONNECTS:Corridor:中欧班列->City:义乌");
    expect(listed).toContain("CONNECTS:Corridor:中欧班列->City:巴塞罗那");
    // (a port after the place it lies in stays in the chain, and so does a city after its province)
    const corridor = relationsBy([routes], "从新疆喀什至巴基斯坦瓜达尔港的中巴经济走廊建设稳步推进。");
    expect(corridor).toContain("CONNECTS:Corridor:中巴经济走廊->City:喀什");
    // (a place written before the place it lies in stays in the chain)
    expect(relationsBy([routes], "德国杜伊斯堡至重庆中欧班列回程满载。")).toContain(
      "CONNECTS:Corridor:中欧班列->Country:德国",
    );
    // a span of months, a section word before the service, or a list with no 至 is no route of the service
    expect(relationsBy([routes], "1月至4月，中欧班列开行量增长。")).toEqual([]);
    expect(relationsBy([routes], "西安、郑州中欧班列开行量增长。")).toEqual([]);
    expect(relationsBy([routes], "成都至重庆段的中欧班列集结中心投用。")).not.toContain(
      "CONNECTS:Corridor:中欧班列->City:成都",
    );
  });

  it("reads no route from a chain before a facility of the service, nor from a chain its clause denies", () => {
    // (the chain qualifies the facility; 尚无/没有 before it or 不存在 after the service deny the route)
    for (const text of [
      "重庆至成都的中欧班列集结中心投入使用。",
      "兰州至西宁中欧班列集结点启用。",
      "目前尚无长春至汉堡的中欧班列。",
      "此前并无太原至明斯克的中欧班列。",
      "贵阳至华沙的中欧班列并不存在。",
    ]) {
      const found = relationsBy([routes], text);
      expect(found).not.toContain("CONNECTS:Corridor:中欧班列->City:重庆");
      expect(found).not.toContain("CONNECTS:Corridor:中欧班列->City:兰州");
      expect(found).not.toContain("CONNECTS:Corridor:中欧班列->City:长春");
      expect(found).not.toContain("CONNECTS:Corridor:中欧班列->City:太原");
      expect(found).not.toContain("CONNECTS:Corridor:中欧班列->City:贵阳");
    }
  });

  it("reads no route from a chain whose service is denied a run, halted or asked about, nor before its firm or depot", () => {
    // (mend22u: 未能/尚未/暂未 + a run verb, 停运, a question; 运营公司, 货运站, 物流园 after the service)
    for (const [text, first, last] of [
      ["南宁至河内的中欧班列未能开行。", "南宁", "河内"],
      ["南宁至河内的中欧班列尚未开通。", "南宁", "河内"],
      ["太原至明斯克中欧班列停运了吗？", "太原", "明斯克"],
      ["长春至汉堡的中欧班列是否开行？", "长春", "汉堡"],
      ["贵阳至华沙的中欧班列运营公司成立。", "贵阳", "华沙"],
      ["兰州至杜伊斯堡的中欧班列货运站扩建。", "兰州", "杜伊斯堡"],
      ["长沙至华沙的中欧班列物流园投入使用。", "长沙", "华沙"],
      // (a place ending in a direction word before 至 is no stated end: 济南至…)
      ["济南至明斯克的中欧班列停开了。", "济南", "明斯克"],
    ] as const) {
      const found = relationsBy([routes], text);
      expect(found, text).not.toContain(`CONNECTS:Corridor:中欧班列->City:${first}`);
      expect(found, text).not.toContain(`CONNECTS:Corridor:中欧班列->City:${last}`);
    }
    // (a run stated, or a run verb that is no denial, keeps the route)
    for (const [text, first] of [
      ["南宁至河内的中欧班列顺利开行。", "南宁"],
      ["长沙至华沙的中欧班列站上新起点。", "长沙"],
    ] as const) {
      expect(relationsBy([routes], text)).toContain(`CONNECTS:Corridor:中欧班列->City:${first}`);
    }
  });

  it("reads the route of the service a sentence is about, not of one named as the standard of a comparison", () => {
    // (和传统的X相比: the compared service is no topic; the route belongs to the other one)
    const found = relationsBy(
      [routes],
      "和传统的中欧班列相比，新开通的“湘粤欧”班列运时更短，从湖南始发，途经广西，由凭祥口岸出境。",
    );
    expect(found).toEqual([
      "CONNECTS:Corridor:湘粤欧班列->Province:湖南省",
      "CONNECTS:Corridor:湘粤欧班列->Province:广西壮族自治区",
      "ON_CORRIDOR:Port:凭祥口岸->Corridor:湘粤欧班列",
    ]);
    expect(found.some((r) => r.includes("Corridor:中欧班列"))).toBe(false);
    // other topics sharing the comparison: goods of a firm, sea freight, mail, a writer, river ships, an
    // unrecognised train (each gives stops to 中欧班列 without the guard)
    const none = [
      "与中欧班列相比，这家企业的货物从宁波出发，经过安徽运到上海。",
      "与传统的中欧班列相比，海运从宁波出发，经新加坡到达鹿特丹。",
      "和其他中欧班列相比，这批邮件从广州出发，寄往香港。",
      "跟普通的中欧班列相比，这位作家从成都出发，经兰州抵达敦煌写作。",
      "同中欧班列相比，长江航运的船舶从重庆出发，经武汉驶往上海。",
      "与中欧班列相比，中亚班列从西安出发，经霍尔果斯口岸出境，开往阿拉木图。",
    ];
    for (const s of none) expect(relationsBy([routes], s), s).toEqual([]);
    // after 其他/别的 with no other service named, a route referring back (该班列) is the service's own (review18f F8)
    expect(relationsBy([routes], "与其他中欧班列相比，该班列从长沙出发，开往杜伊斯堡。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:长沙",
    );
    // a service that is the subject of its own route keeps it (no 相比 after it)
    expect(relationsBy([routes], "与往年一样，中欧班列从西安出发，开往波兰。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:西安",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
    ]);
  });

  it("reads the stated ends of a route written with their directions (北起A、南抵B的R; R东起A，西至B)", () => {
    // a railway: both ends, also with a short description before the place (东起我国沿海的A)
    expect(relationsBy([routes], "北起中国昆明、南抵老挝万象的中老铁路，已经成为一条黄金大通道。")).toEqual([
      "CONNECTS:Corridor:中老铁路->City:昆明",
      "CONNECTS:Corridor:中老铁路->Country:老挝",
      "CONNECTS:Corridor:中老铁路->City:万象",
    ]);
    // a broad corridor: the stated ends are its places, the way between them (经兰州) is not
    expect(relationsBy([routes], "新亚欧大陆桥东起我国沿海的连云港，经兰州，西至荷兰鹿特丹。")).toEqual([
      "CONNECTS:Corridor:新亚欧大陆桥->City:连云港",
      "CONNECTS:Corridor:新亚欧大陆桥->Country:荷兰",
      "CONNECTS:Corridor:新亚欧大陆桥->City:鹿特丹",
    ]);
    // a direction without 起/至 (向西, 西部) opens no end; a separator closes the description
    expect(relationsBy([routes], "新亚欧大陆桥向西延伸，西部的兰州受益。")).toEqual([]);
    expect(relationsBy([routes], "新亚欧大陆桥东起沿海，连云港受益。")).toEqual([]);
  });
  it("connects the city a departure terminal is named after, and reads a port's station as no port", () => {
    const port = relationsBy([routes], "一列中欧班列从太原国际陆港启程，驶往俄罗斯。");
    expect(port).toContain("ON_CORRIDOR:Port:太原国际陆港->Corridor:中欧班列");
    expect(port).toContain("CONNECTS:Corridor:中欧班列->City:太原");
    // a port's station (义乌港站) is no port on the route (station-names.ts drops the port inside the name)
    const station = relationsBy([routes], "中欧班列从义乌港站驶出，开往西班牙马德里。");
    expect(station).toContain("CONNECTS:Corridor:中欧班列->City:马德里");
    expect(station.some((r) => r.includes("义乌港"))).toBe(false);
  });

  it("connects no city of a border crossing the train leaves the country at, nor of the way taken", () => {
    expect(relationsBy([routes], "中欧班列从霍尔果斯口岸出境。")).toEqual([
      "ON_CORRIDOR:Port:霍尔果斯口岸->Corridor:中欧班列",
    ]);
    expect(relationsBy([routes], "中欧班列从霍尔果斯口岸首发出境。")).not.toContain(
      "CONNECTS:Corridor:中欧班列->City:霍尔果斯",
    );
    expect(relationsBy([routes], "货物经中欧班列从太原国际陆港启程。")).not.toContain(
      "CONNECTS:Corridor:中欧班列->City:太原",
    );
  });

  it("reads the places of an elliptical list of crossings (A、B两大口岸) as no cities of the route", () => {
    // (the list's places are read as ports by entities/port-lists.ts: 两大 closes it as 两个 does)
    expect(relationsBy([routes], "2025年经满洲里、绥芬河两大口岸进出境的中欧班列增长。")).toEqual([
      "ON_CORRIDOR:Port:满洲里口岸->Corridor:中欧班列",
      "ON_CORRIDOR:Port:绥芬河口岸->Corridor:中欧班列",
    ]);
  });
  it("keeps the service a passage talks about (该班列…) across a service it names in passing", () => {
    const text =
      "首趟中欧班列从太原启程。据悉，该班列由当地企业组织开行，是继“晋欧”班列之后的又一条线路。" +
      "班列取道二连浩特口岸离境，途经蒙古国和俄罗斯，终到德国汉堡。";
    const g = extractDocument("topic.txt", text);
    expect(hasEdge(g, "CONNECTS:Corridor:中欧班列->Country:俄罗斯")).toBe(true);
    expect(hasEdge(g, "ON_CORRIDOR:Port:二连浩特口岸->Corridor:中欧班列")).toBe(true);
    expect(
      g.edges.some(
        (e) => e.type === "CONNECTS" && e.target === "Country:俄罗斯" && e.source !== "Corridor:中欧班列",
      ),
    ).toBe(false);
    expectQuotesAtOffsets(g, text);
  });

  it("reads the part after a semicolon opened by 该趟班列 as the first-named service's", () => {
    const found = relationsBy(
      [routes],
      "“长沙国际货运班列”是在中欧班列开行后增开的一条线路；该趟班列由长沙始发，途经俄罗斯的新西伯利亚后抵达莫斯科。",
    );
    expect(found).toContain("CONNECTS:Corridor:长沙国际货运班列->City:新西伯利亚");
    expect(found).toContain("CONNECTS:Corridor:长沙国际货运班列->City:莫斯科");
    expect(found).not.toContain("CONNECTS:Corridor:中欧班列->City:莫斯科");
  });
  it("reads a line of 中欧班列 written with its ends in brackets as the service's (中欧班列（A—B）)", () => {
    const found = relationsBy([routes], "南宁首趟中欧班列（南宁—杜伊斯堡）昨日开出。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:南宁");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:杜伊斯堡");
  });
  it("reads 直奔 as a destination mark of the service's route", () => {
    const found = relationsBy([routes], "一列满载家电的中欧班列从西安出发，直奔匈牙利布达佩斯。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->Country:匈牙利");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:布达佩斯");
  });
  it("reads no stop where tourists, reporters or delegations head (直奔 of people)", () => {
    for (const text of [
      "中欧班列开行五周年之际，考察团直奔德国杜伊斯堡参观港口。",
      "中欧班列开行后，记者直奔波兰华沙采访当地商户。",
      "中欧班列开行十周年，访问团前往德国汉堡参观物流园。",
      "乘坐中欧班列体验游的游客下车后直奔俄罗斯莫斯科红场。",
    ])
      expect(relationsBy([routes], text).filter((r) => r.startsWith("CONNECTS"))).toEqual([]);
  });
  it("reads a province written right before a port as the port's place, no stop (内蒙古满洲里口岸)", () => {
    for (const text of [
      "中欧班列从德国汉堡出发，由内蒙古二连浩特口岸入境。",
      "这趟中欧班列将经新疆阿拉山口口岸出境，抵达波兰。",
      "一列中欧班列自广西凭祥口岸出境，驶往越南。",
    ])
      expect(relationsBy([routes], text).filter((r) => r.includes("->Province:"))).toEqual([]);
    expect(relationsBy([routes], "中欧班列由内蒙古二连浩特口岸入境。")).toContain(
      "ON_CORRIDOR:Port:二连浩特口岸->Corridor:中欧班列",
    );
  });
  it("keeps a province written before a city, or listed, as a stop", () => {
    expect(relationsBy([routes], "中欧班列从德国汉堡出发，抵达甘肃兰州。")).toContain(
      "CONNECTS:Corridor:中欧班列->Province:甘肃省",
    );
    expect(relationsBy([routes], "中欧班列从四川、重庆出发，开往波兰。")).toContain(
      "CONNECTS:Corridor:中欧班列->Province:四川省",
    );
  });
  it("keeps a province followed by a verb, a station word or another place as a stop (finding 1 of review18a)", () => {
    for (const [text, province] of [
      ["这列中欧班列从湖北驶向德国汉堡站。", "湖北省"],
      ["中欧班列从江西发车，前往波兰罗兹站。", "江西省"],
      ["中欧班列先途经甘肃，后抵达西班牙马德里站。", "甘肃省"],
      ["这批中欧班列从湖南开往欧洲站稳了市场。", "湖南省"],
      ["中欧班列抵达河南后在洛阳站卸货。", "河南省"],
    ] as const)
      expect(relationsBy([routes], text)).toContain(`CONNECTS:Corridor:中欧班列->Province:${province}`);
    // (a city and a station's own name after the province: the province only locates the station)
    expect(relationsBy([routes], "中欧班列从河南洛阳东岗站驶出。")).not.toContain(
      "CONNECTS:Corridor:中欧班列->Province:河南省",
    );
  });
  it("reads the origin and destination of a broad corridor's own train (西部陆海新通道铁海联运班列)", () => {
    const found = relationsBy(
      [routes],
      "上周，西部陆海新通道海铁联运专列由广西北海站启程，五天后驶抵四川成都。",
    );
    expect(found).toContain("CONNECTS:Corridor:西部陆海新通道->City:成都");
    expect(found).toContain("CONNECTS:Corridor:西部陆海新通道->Province:四川省");
    // (the province before a station only locates the station)
    expect(found).not.toContain("CONNECTS:Corridor:西部陆海新通道->Province:广西壮族自治区");
  });
  it("reads no stop where firms or traders go (企业前往, 客商直奔; findings 5, 6 of review18a)", () => {
    for (const text of [
      "西部陆海新通道班列开行量猛增，湖南将引导企业前往泰国拓展业务。",
      "西部陆海新通道班列开通后，贵州企业抵达缅甸的时间缩短了。",
      "中欧班列开通后，客商直奔临沂选购日用品。",
    ])
      expect(
        relationsBy([routes], text).filter((r) => r.startsWith("CONNECTS")),
        text,
      ).toEqual([]);
    // (firms named as the owners of the goods the train carries: its stops stay)
    expect(relationsBy([routes], "中欧班列满载企业货物从临沂出发，驶往匈牙利。")).toContain(
      "CONNECTS:Corridor:中欧班列->Country:匈牙利",
    );
  });
  it("reads no stop of a broad corridor named without its train, nor where its travellers go", () => {
    for (const text of [
      "西部陆海新通道建设从重庆起步，企业纷纷前往越南考察。",
      "西部陆海新通道班列开通后，游客从重庆前往越南旅游。",
      "借助西部陆海新通道，记者从南宁出发，抵达越南河内。",
    ])
      expect(relationsBy([routes], text).filter((r) => r.startsWith("CONNECTS"))).toEqual([]);
  });
  it("reads a place after an apposition head (国家, 城市, 边境城市) as a stop, and the region as no stop", () => {
    const found = relationsBy([routes], "一列中欧班列今晨从合肥发车，驶向中亚国家吉尔吉斯斯坦和塔吉克斯坦。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->Country:吉尔吉斯斯坦");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->Country:塔吉克斯坦");
    expect(found).not.toContain("CONNECTS:Corridor:中欧班列->Country:中亚");
    const city = relationsBy([routes], "这趟中欧班列将途经白俄罗斯边境城市布列斯特，再开往德国。");
    expect(city).toContain("CONNECTS:Corridor:中欧班列->City:布列斯特");
    // a region written alone as the destination stays one
    expect(relationsBy([routes], "中欧班列从重庆发往中亚国家。")).toContain(
      "CONNECTS:Corridor:中欧班列->Country:中亚",
    );
  });

  it("reads no stop from an apposition head outside a route (students, reporters, importers)", () => {
    const none = [
      "中欧班列开通以后，中亚国家哈萨克斯坦的留学生人数也在增加。",
      "中欧班列运营十年之际，记者前往德国城市杜伊斯堡采访当地商户。",
      "中欧班列开行量增长，欧洲国家德国的进口商也更加活跃。",
    ];
    for (const s of none) expect(relationsBy([routes], s), s).toEqual([]);
  });
  it("reads a port the service leaves from after 在 (在…鸣笛启航, 在…首发), not one travellers leave from", () => {
    expect(relationsBy([routes], "首趟中欧班列今晨在钦州港鸣笛启航，驶往波兰。")).toEqual([
      "ON_CORRIDOR:Port:钦州港->Corridor:中欧班列",
      "CONNECTS:Corridor:中欧班列->Country:波兰",
    ]);
    const none = [
      "中欧班列开行以来，游客在满洲里口岸集合出发前往俄罗斯。",
      "中欧班列开通后，记者在二连浩特口岸出发，前往蒙古国采访。",
      "中欧班列年度表彰会在宁波港举办，代表们随后出发参观。",
    ];
    for (const x of none) expect(relationsBy([routes], x), x).toEqual([]);
  });
  it("ends a service's stops where its goods are handed on (分拨, 转运, 转接), not at a transfer noun", () => {
    expect(relationsBy([routes], "中欧班列从成都出发抵达杜伊斯堡后，货物再分拨至法国和比利时。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:成都",
      "CONNECTS:Corridor:中欧班列->City:杜伊斯堡",
    ]);
    expect(relationsBy([routes], "中欧班列运抵义乌后，这批商品将转运至宁波港出口。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:义乌",
    ]);
    // (the train going on after a halt, and transfer words heading a noun, keep the stops after them)
    expect(relationsBy([routes], "中欧班列抵达满洲里后，再经俄罗斯开往莫斯科。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:莫斯科",
    );
    expect(relationsBy([routes], "中欧班列从郑州出发，经转运枢纽阿拉山口出境，开往杜伊斯堡。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:杜伊斯堡",
    );
    expect(relationsBy([routes], "中欧班列由郑州发出，依托分拨业务优势，开往杜伊斯堡。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:杜伊斯堡",
    );
  });
  it("cuts the stops only at a transfer word leading the goods on to a destination, after the origin", () => {
    const keep: [string, string][] = [
      // (the train's own gauge change or customs transfer: it goes on)
      ["中欧班列在二连浩特口岸换装转运后，驶往莫斯科。", "City:莫斯科"],
      ["这趟中欧班列从长沙出发，经满洲里口岸转关转运，抵达莫斯科。", "City:莫斯科"],
      // (a transfer word before the origin, or heading no destination)
      ["中欧班列分流了部分海运货物，从苏州开往华沙。", "City:苏州"],
      ["中欧班列承接原本转运到欧洲的海运货物，从苏州开往华沙。", "City:华沙"],
      ["中欧班列在霍尔果斯口岸换装再转运至阿拉木图。", "City:阿拉木图"],
      ["中欧班列转运效率大幅提升，从成都开往罗兹仅需十二天。", "City:成都"],
      ["中欧班列运输的快件在马拉舍维奇分拨，班列随后开往华沙。", "City:华沙"],
      // (travellers changing to a bus)
      ["中欧班列从西安出发，部分旅客转乘大巴，列车继续开往阿拉木图。", "City:阿拉木图"],
    ];
    for (const [text, place] of keep)
      expect(relationsBy([routes], text), text).toContain(`CONNECTS:Corridor:中欧班列->${place}`);
    // (travellers changing trains to a destination end nothing either)
    expect(relationsBy([routes], "中欧班列从西安出发，部分旅客转乘至伊宁，列车继续开往阿拉木图。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:阿拉木图",
    );
  });
  it("reads a place after 在 as the service's only when the service is the subject of that clause", () => {
    // (the service, a train noun or no subject before 在: 起航 as well as 启航)
    expect(relationsBy([routes], "这列中欧班列今晨在钦州港鸣笛起航，驶往波兰。")).toContain(
      "ON_CORRIDOR:Port:钦州港->Corridor:中欧班列",
    );
    expect(relationsBy([routes], "首趟中欧班列(赣州—明斯克)在赣州国际陆港鸣笛起航。")).toContain(
      "ON_CORRIDOR:Port:赣州国际陆港->Corridor:中欧班列",
    );
    expect(relationsBy([routes], "中欧班列从西安出发，出境后在哈萨克斯坦多斯特克站停留两小时。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:多斯特克",
    );
    // (a ship, an event, guests or staff leaving from the place)
    const other: [string, string][] = [
      ["中欧班列开行当天，一艘邮轮在厦门港启航，前往菲律宾马尼拉。", "厦门港"],
      ["中欧班列开行以来，火炬传递活动在乌鲁木齐启程，经过十座城市。", "乌鲁木齐"],
      ["中欧班列开通仪式后，嘉宾们在连云港港启程返回北京。", "连云港"],
      ["中欧班列开行十周年之际，丝路国际马拉松在西安出发。", "西安"],
      ["中欧班列运营公司组织员工在郑州出发。", "郑州"],
    ];
    for (const [text, place] of other)
      expect(
        relationsBy([routes], text).filter((r) => r.includes(place)),
        text,
      ).toEqual([]);
  });
  it("takes no subjectless clause, counted train or later stop of another carrier as the service's", () => {
    const other: [string, string][] = [
      // (a subjectless clause after a clause of guests; a counted or tourist train; a ship's 前往/驶往 stops)
      ["中欧班列首发典礼散场后，来宾们坐车返程，随后在日照港启程回到济南。", "日照"],
      ["中欧班列首发那天，一列观光专列在兰州启程，开往敦煌。", "兰州"],
      ["中欧班列首发那天，一列观光专列在兰州启程，开往敦煌。", "敦煌"],
      ["中欧班列首发那天，一艘游轮在青岛港起航，前往日本长崎。", "长崎"],
      ["中欧班列首发那天，此前一艘货轮在天津港起航驶往澳大利亚。", "澳大利亚"],
    ];
    for (const [text, place] of other)
      expect(
        relationsBy([routes], text).filter((r) => r.includes(place)),
        text,
      ).toEqual([]);
    // (the service, or a bare train noun, after a clause of its own)
    expect(relationsBy([routes], "中欧班列从西安出发，出关后在阿拉山口换装，开往波兰。")).toContain(
      "CONNECTS:Corridor:中欧班列->Country:波兰",
    );
    expect(relationsBy([routes], "中欧班列驶出国门后，列车在霍尔果斯换装。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:霍尔果斯",
    );
  });
  it("reads a region before 城市 as the class of the city, and a country before it as a stop", () => {
    const city = relationsBy([routes], "中欧班列从义乌开往中亚城市阿拉木图。");
    expect(city).toContain("CONNECTS:Corridor:中欧班列->City:阿拉木图");
    expect(city).not.toContain("CONNECTS:Corridor:中欧班列->Country:中亚");
    expect(relationsBy([routes], "中欧班列开往德国城市杜伊斯堡。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:德国",
      "CONNECTS:Corridor:中欧班列->City:杜伊斯堡",
    ]);
  });
  it("reads 送往 and 向着…进发 only in a clause the service is the subject of, its cargo fronted by 把", () => {
    const sent = relationsBy([routes], "一列中欧班列自武汉发车，把一批光伏组件送往匈牙利和塞尔维亚。");
    expect(sent).toContain("CONNECTS:Corridor:中欧班列->Country:匈牙利");
    expect(sent).toContain("CONNECTS:Corridor:中欧班列->Country:塞尔维亚");
    const heading = relationsBy([routes], "这趟西部陆海新通道班列驶离货场，向着贵阳方向进发。");
    expect(heading).toContain("CONNECTS:Corridor:西部陆海新通道->City:贵阳");
    const onTheWay = relationsBy([routes], "这列中欧班列装满家电从成都发车，一路向着明斯克方向进发。");
    expect(onTheWay).toContain("CONNECTS:Corridor:中欧班列->City:明斯克");
    const via = relationsBy([routes], "一列中欧班列从郑州出发，途经二连浩特，把一批机电产品送往乌兰巴托。");
    expect(via.filter((r) => r.includes("乌兰巴托"))).toHaveLength(1);
    const other: [string, string][] = [
      ["中欧班列开行五周年那天，邮递员把一封家书送往太原。", "太原"],
      ["中欧班列宣传周期间，急救车把受伤的游客送往长沙的医院。", "长沙"],
      ["看完中欧班列展览后，徒步队员们向着洛阳方向进发。", "洛阳"],
      ["中欧班列开通后，当地政府把三名干部送往合肥培训。", "合肥"],
      ["中欧班列开通后，医院组织专家，将病人送往武汉治疗。", "武汉"],
      ["中欧班列开通后，快递公司迅速响应，把包裹送往乌鲁木齐。", "乌鲁木齐"],
      ["中欧班列开通后，当地企业加快发展，将产品送往欧洲。", "欧洲"],
      ["中欧班列开通后，将一批药品送往兰州。", "兰州"],
    ];
    for (const [text, place] of other)
      expect(
        relationsBy([routes], text).filter((r) => r.includes(place)),
        text,
      ).toEqual([]);
  });
  it("reads no stops in the clause where travellers ride or follow a service to visit places: their trip's", () => {
    for (const text of [
      "暑假里，小记者们跟着中欧班列来到西安、兰州等地研学。",
      "一批游客乘坐中老铁路列车走进琅勃拉邦的古寺。",
      "访问团搭乘了中欧班列来到杜伊斯堡，随后举行座谈。",
      "采访团坐上了中欧班列来到西安、兰州等站点。",
    ])
      expect(relationsBy([routes], text)).toEqual([]);
  });

  it("keeps the stops of a later clause after travellers ride a service", () => {
    expect(relationsBy([routes], "采访团跟着中欧班列来到西安，该班列随后经阿拉山口出境。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:阿拉山口",
    ]);
    expect(relationsBy([routes], "游客乘坐中老铁路列车赏景，中老铁路北起昆明，南至万象。")).toEqual([
      "CONNECTS:Corridor:中老铁路->City:昆明",
      "CONNECTS:Corridor:中老铁路->City:万象",
    ]);
  });

  it("keeps the stops travellers ride along the service's own run (从…出发, 直达) or with goods aboard", () => {
    expect(relationsBy([routes], "市民们乘坐中老铁路可从昆明直达万象。")).toEqual([
      "CONNECTS:Corridor:中老铁路->City:昆明",
      "CONNECTS:Corridor:中老铁路->City:万象",
    ]);
    expect(relationsBy([routes], "游客们乘坐中老铁路从昆明到万象只需半天。")).toContain(
      "CONNECTS:Corridor:中老铁路->City:昆明",
    );
    expect(relationsBy([routes], "游客与货物搭乘中欧班列来到西安、兰州等站点。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:兰州",
    );
  });

  it("keeps the stops of a service that goods ride, a traveller word in an earlier clause aside", () => {
    expect(relationsBy([routes], "一批家电搭乘中欧班列从郑州出发，运抵汉堡。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:郑州",
    );
    expect(relationsBy([routes], "记者获悉，汽车配件乘坐中欧班列抵达杜伊斯堡。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:杜伊斯堡",
    );
  });

  it("reads 甚至/从容 as no run word and students as riders (review20l 9, 10)", () => {
    for (const t of [
      "游客乘坐中老铁路来到万象甚至琅勃拉邦等地。",
      "游客乘坐中老铁路从容来到万象、琅勃拉邦等地。",
      "学生乘坐中欧班列来到西安、兰州等站点。",
      "师生们搭乘中老铁路走进万象的寺庙。",
    ])
      expect(relationsBy([routes], t), t).toEqual([]);
    // the service's own run is still read
    expect(relationsBy([routes], "市民乘坐中老铁路可从昆明直达万象。")).toContain(
      "CONNECTS:Corridor:中老铁路->City:万象",
    );
  });

  it("reads the place a service is run from after 在 (在…站开行, release 22), not another train's", () => {
    expect(relationsBy([routes], "当日，首趟中欧班列在贵阳市都拉营站开行。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:贵阳",
    ]);
    expect(relationsBy([routes], "一列中欧班列昨日在大连港开行。")).toEqual([
      "ON_CORRIDOR:Port:大连港->Corridor:中欧班列",
    ]);
    const none = [
      "中欧班列首发那天，一列观光专列在兰州开行，开往敦煌。",
      "中欧班列开行十周年之际，记者在郑州开行的公交车上采访。",
      "中欧班列开行仪式昨日在西安举行。",
    ];
    for (const x of none) expect(relationsBy([routes], x), x).toEqual([]);
  });

  it("reads a train of another kind (城际列车, 高铁列车, 动车组列车) as another train, not the service (release 22)", () => {
    const none = [
      "中欧班列运行平稳，城际列车在长沙开行。",
      "中欧班列运行平稳，城际列车在长沙启程。",
      "中欧班列发展迅速，高铁列车在武汉开行。",
      "中欧班列增多，动车组列车在郑州发车。",
      "中欧班列增多，市域快速列车在成都始发。",
      "首趟中欧班列抵达后，地铁列车在西安开行。",
      "中欧班列运行平稳，城际列车开往长沙。",
    ];
    for (const x of none) expect(relationsBy([routes], x), x).toEqual([]);
    // (a bare train noun or one with a demonstrative still refers to the service)
    for (const x of ["中欧班列运行平稳，列车在长沙开行。", "中欧班列运行平稳，该班列在长沙开行。"])
      expect(relationsBy([routes], x), x).toEqual(["CONNECTS:Corridor:中欧班列->City:长沙"]);
  });

  it("reads 开行 and 启程 after 在 only as the verb, not as a modifier of a noun (release 22, mend after review22j)", () => {
    const none = [
      "中欧班列在北京举行开行十周年座谈会。",
      "中欧班列在上海召开开行工作会议。",
      "中欧班列在长春举办开行五周年活动。",
      "中欧班列在北京发布开行计划。",
      "中欧班列在南昌发布开行时刻表。",
      "中欧班列在合肥举行启程仪式。",
    ];
    for (const x of none) expect(relationsBy([routes], x), x).toEqual([]);
    const run: [string, string][] = [
      ["中欧班列在武汉开行以来，货量逐年增长。", "武汉"],
      ["中欧班列今年在郑州开行超过3000列。", "郑州"],
      ["中欧班列在沈阳的开行班次增加。", "沈阳"],
      ["中欧班列在青岛开行了首趟冷链专列。", "青岛"],
      ["中欧班列在义乌启程前往马德里。", "义乌"],
    ];
    for (const [x, city] of run)
      expect(relationsBy([routes], x), x).toContain(`CONNECTS:Corridor:中欧班列->City:${city}`);
  });

  it("reads a train noun as the service's only when bare, after 该/首趟/回程/货运/满载…的 or its name (release 22, mend after review22j)", () => {
    const none = [
      "中欧班列运行平稳，返岗务工专列在贵阳开行。",
      "中欧班列开通五周年之际，研学专列在洛阳开行。",
      "中欧班列之外，冰雪专列也在哈尔滨开行。",
      "中欧班列运行平稳，返岗务工专列在贵阳启程。",
      "中欧班列繁忙，夕发朝至列车在郑州始发。",
    ];
    for (const x of none) expect(relationsBy([routes], x), x).toEqual([]);
    const own: [string, string][] = [
      ["中欧班列开行后，回程班列在杜伊斯堡集结。", "City:杜伊斯堡"],
      ["中欧班列从重庆出发，满载笔记本电脑的列车在霍尔果斯换装。", "City:霍尔果斯"],
      ["中欧班列首发当天，首趟列车在义乌启程。", "City:义乌"],
      ["中欧班列开行以来，货运班列在乌鲁木齐集结。", "City:乌鲁木齐"],
    ];
    for (const [x, place] of own)
      expect(relationsBy([routes], x), x).toContain(`CONNECTS:Corridor:中欧班列->${place}`);
  });

  it("keeps the passenger and bullet trains of a railway line its own (release 22, mend after review22j)", () => {
    const own = [
      "中老铁路开通后，旅客列车从昆明开往万象。",
      "中老铁路开通后，动车组列车每天从昆明开往万象。",
      "中老铁路国际旅客列车在昆明南站发车，驶往万象。",
      "中老铁路开通后，国际货物列车从昆明驶往万象。",
    ];
    for (const x of own) {
      const found = relationsBy([routes], x);
      expect(found, x).toContain("CONNECTS:Corridor:中老铁路->City:昆明");
      expect(found, x).toContain("CONNECTS:Corridor:中老铁路->City:万象");
    }
    // (trains of other networks or tourist trains are still other trains after a railway line, and after a
    // service every kind is)
    const none = [
      "中老铁路开通后，城际列车从长沙开往株洲。",
      "中老铁路开通一周年，观光列车从昆明开往大理。",
      "中老铁路开通后，地铁列车在昆明开行。",
      "中欧班列开通后，旅客列车从郑州开往北京。",
    ];
    for (const x of none) expect(relationsBy([routes], x), x).toEqual([]);
  });

  it("goes on with the route in a subjectless sentence right after the one naming the service (release 23)", () => {
    // (one passage holding both sentences, and two passages of one paragraph)
    const same = relationsBy(
      [routes],
      "一列满载瓷器的中欧班列今天从景德镇驶出。18天后，将抵达德国杜伊斯堡。",
    );
    expect(same).toContain("CONNECTS:Corridor:中欧班列->City:杜伊斯堡");
    const g = extractDocument(
      "porcelain-train.txt",
      "一列满载瓷器的中欧班列今天从景德镇驶出。预计经阿拉山口口岸出境，抵达德国杜伊斯堡。",
    );
    expect(hasEdge(g, "CONNECTS:Corridor:中欧班列->City:杜伊斯堡")).toBe(true);
    expect(hasEdge(g, "ON_CORRIDOR:Port:阿拉山口口岸->Corridor:中欧班列")).toBe(true);
    // (one of the service's trains as the subject: 其中一列, 专车)
    const one = extractDocument(
      "two-trains.txt",
      "两列中欧班列昨天同时发车。其中一列经霍尔果斯口岸出境，开往哈萨克斯坦阿拉木图。",
    );
    expect(hasEdge(one, "CONNECTS:Corridor:中欧班列->City:阿拉木图")).toBe(true);
    expect(hasEdge(one, "ON_CORRIDOR:Port:霍尔果斯口岸->Corridor:中欧班列")).toBe(true);
  });

  it("carries no route to a sentence with a subject of its own, a general time word or a service named long before", () => {
    const other = [
      "一列满载瓷器的中欧班列今天从景德镇驶出。15天后，代表团将抵达德国汉堡。",
      "一列满载瓷器的中欧班列今天从景德镇驶出。目前，从南昌到汉堡的航班每周两班。",
      "一列满载瓷器的中欧班列今天从景德镇驶出。当地举行了茶话会。15天后，将抵达德国汉堡。",
    ];
    for (const x of other) {
      const g = extractDocument("other.txt", x);
      expect(hasEdge(g, "CONNECTS:Corridor:中欧班列->City:汉堡"), x).toBe(false);
    }
  });

  it("reads places listed as the stations a train passes (甲、乙等站) as no stops (release 23)", () => {
    const found = relationsBy(
      [routes],
      "中欧班列从长沙出发，先后途经乌兰巴托、新西伯利亚等站，最终抵达莫斯科。",
    );
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:莫斯科");
    expect(found).not.toContain("CONNECTS:Corridor:中欧班列->City:乌兰巴托");
    expect(found).not.toContain("CONNECTS:Corridor:中欧班列->City:新西伯利亚");
  });
});

describe("relation rule routes: carried routes and station lists (mend23c)", () => {
  const edge = (text: string, id: string) => hasEdge(extractDocument("carried.txt", text), id);

  it("carries no route to a stop whose clause modifies a noun with 的, nor after 计划", () => {
    // (the first: a time after 到, which carried nothing before either)
    const none: [string, string][] = [
      ["中欧班列今天从洛阳出发。预计到2030年，河南对波兰的出口将翻番。", "Country:波兰"],
      ["中欧班列今天从南宁出发。5天后，从广州到深圳的机票售罄。", "City:深圳"],
      ["中欧班列今天从兰州出发。下午，从甘肃各地赶来的商户参加了推介会。", "Province:甘肃省"],
      ["中欧班列今天从太原出发。计划前往波兰考察的企业下周出发。", "Country:波兰"],
      // (a plan states no run: 计划 is no lead of a carried route)
      ["中欧班列今天从太原出发。计划从明年起开往匈牙利布达佩斯。", "City:布达佩斯"],
    ];
    for (const [x, p] of none) expect(edge(x, `CONNECTS:Corridor:中欧班列->${p}`), x).toBe(false);
    const kept = "中欧班列今天从武汉出发。预计12天后经霍尔果斯口岸出境，抵达德国杜伊斯堡。";
    expect(edge(kept, "CONNECTS:Corridor:中欧班列->City:杜伊斯堡")).toBe(true);
  });

  it("reads another kind of train or a car as no train of the service", () => {
    const none: [string, string][] = [
      ["中欧班列今天从天津出发。另一列动车从天津开往唐山。", "City:唐山"],
      ["中欧班列今天从济南出发。另一列观光专列从济南驶往泰安。", "City:泰安"],
      ["中欧班列今天从南昌出发。专车从南昌驶往九江，接送参会嘉宾。", "City:九江"],
    ];
    for (const [x, p] of none) expect(edge(x, `CONNECTS:Corridor:中欧班列->${p}`), x).toBe(false);
    const other = "两列中欧班列今天从沈阳发车。另一趟经满洲里口岸出境，驶往俄罗斯莫斯科。";
    expect(edge(other, "CONNECTS:Corridor:中欧班列->City:莫斯科")).toBe(true);
    // (一趟车 is one run of the service, unlike 一列车: mend23i)
    const run = "两列中欧班列今天从郑州发车。其中一趟车经二连浩特口岸出境，驶往白俄罗斯明斯克。";
    expect(edge(run, "CONNECTS:Corridor:中欧班列->City:明斯克")).toBe(true);
    // (numerals of a time or a station count from function-words.json countNumerals: 两点, 几个)
    const clock = "中欧班列本月十日从西安出发。十五日两点，抵达德国汉堡。";
    expect(edge(clock, "CONNECTS:Corridor:中欧班列->City:汉堡")).toBe(true);
    const few = "中欧班列从长沙出发，途经乌兰巴托、新西伯利亚等几个枢纽站，最终抵达莫斯科。";
    expect(edge(few, "CONNECTS:Corridor:中欧班列->City:乌兰巴托")).toBe(false);
    const laden = "一列中欧班列今天从长春发车。专车满载汽车零件，经满洲里口岸出境，驶往波兰华沙。";
    expect(edge(laden, "CONNECTS:Corridor:中欧班列->City:华沙")).toBe(true);
    expect(edge(laden, "ON_CORRIDOR:Port:满洲里口岸->Corridor:中欧班列")).toBe(true);
  });

  it("drops a station list only after a passing mark (not after 经停, nor as origins)", () => {
    const stops = relationsBy([routes], "中欧班列从乌鲁木齐出发，经停阿拉木图、塔什干等站，开往伊斯坦布尔。");
    expect(stops).toContain("CONNECTS:Corridor:中欧班列->City:阿拉木图");
    expect(stops).toContain("CONNECTS:Corridor:中欧班列->City:塔什干");
    const origins = relationsBy([routes], "中欧班列从合肥、南京等站始发，开往华沙。");
    expect(origins).toContain("CONNECTS:Corridor:中欧班列->City:合肥");
    expect(origins).toContain("CONNECTS:Corridor:中欧班列->City:南京");
    const hubs = relationsBy([routes], "中欧班列从重庆出发，途经兰州、乌鲁木齐等枢纽站，抵达阿拉木图。");
    expect(hubs).not.toContain("CONNECTS:Corridor:中欧班列->City:兰州");
    expect(hubs).toContain("CONNECTS:Corridor:中欧班列->City:阿拉木图");
    const points = relationsBy([routes], "中欧班列从长沙出发，途经西安、兰州等站点，抵达阿拉木图。");
    expect(points).toContain("CONNECTS:Corridor:中欧班列->City:西安");
  });
});

describe("relation rule routes: the train a next sentence identifies (release 24, rel-conn14)", () => {
  const edge = (text: string, id: string) => hasEdge(extractDocument("identified.txt", text), id);

  it("runs the route of a sentence naming no service as the service 这是… names in the next sentence", () => {
    const later =
      "满载瓷器的列车上午驶出景德镇站，六天后到达二连浩特口岸，再出口至白俄罗斯明斯克。这是今年景德镇开出的第十列中欧班列。";
    expect(edge(later, "CONNECTS:Corridor:中欧班列->City:明斯克")).toBe(true);
    expect(edge(later, "CONNECTS:Corridor:中欧班列->Country:白俄罗斯")).toBe(true);
    expect(edge(later, "ON_CORRIDOR:Port:二连浩特口岸->Corridor:中欧班列")).toBe(true);
    // (a byline's reporter is no traveller of the train)
    const byline =
      "某某网南昌5月2日电(记者 张三)一列货运班列今天从南昌出发，将到达波兰华沙。这也是中欧班列（南昌）今年开行的第五列。";
    expect(edge(byline, "CONNECTS:Corridor:中欧班列->City:华沙")).toBe(true);
  });

  it("reads no identified service after 继, in another paragraph, or when the sentence before names one", () => {
    const none: [string, string][] = [
      [
        "一列货运班列今天从洛阳出发，将到达德国汉堡。这是继中欧班列之后开行的又一条线路。",
        "CONNECTS:Corridor:中欧班列->City:汉堡",
      ],
      [
        "一列货运班列今天从洛阳出发，将到达德国汉堡。\n这是今年洛阳开出的第三列中欧班列。",
        "CONNECTS:Corridor:中欧班列->City:汉堡",
      ],
      [
        "西部陆海新通道班列今天从重庆出发，将到达广西钦州。这是今年开出的第三列中欧班列。",
        "CONNECTS:Corridor:中欧班列->City:钦州",
      ],
      [
        "一列旅游专列今天从桂林出发，到达越南河内。这是中欧班列开行十周年的纪念活动之一。",
        "CONNECTS:Corridor:中欧班列->City:河内",
      ],
    ];
    for (const [x, id] of none) expect(edge(x, id), x).toBe(false);
  });
});

describe("relation rule routes: identified trains need a train's trip and a named train (mend24e)", () => {
  const edge = (text: string, id: string) => hasEdge(extractDocument("identified.txt", text), id);

  it("reads no route when the sentence before is no train's trip (other travellers, a denial, a plan)", () => {
    const none: [string, string][] = [
      [
        "考察团一行从南昌出发，前往捷克布拉格洽谈。这是今年南昌开出的第九列中欧班列。",
        "CONNECTS:Corridor:中欧班列->City:布拉格",
      ],
      [
        "一辆冷藏货车从满洲里出发，驶往俄罗斯赤塔。这是中欧班列（满洲里）本月开行的第四列。",
        "CONNECTS:Corridor:中欧班列->City:赤塔",
      ],
      [
        "上月并没有任何列车从洛阳开往德国汉堡。这是中欧班列（洛阳）今年开行的第二列。",
        "CONNECTS:Corridor:中欧班列->City:汉堡",
      ],
    ];
    for (const [x, id] of none) expect(edge(x, id), x).toBe(false);
  });

  it("reads no route when the sentence before asks about the trip (mend24i)", () => {
    const asked = [
      "一列班列从洛阳出发，经二连浩特出境，抵达俄罗斯莫斯科吗？这是中欧班列（洛阳）今年开行的第二列。",
      "一列班列从洛阳出发，经二连浩特出境，抵达俄罗斯莫斯科？这是中欧班列（洛阳）今年开行的第二列。",
    ];
    for (const x of asked) {
      expect(edge(x, "CONNECTS:Corridor:中欧班列->City:莫斯科"), x).toBe(false);
      expect(edge(x, "CONNECTS:Corridor:中欧班列->City:二连浩特"), x).toBe(false);
    }
    // (near miss: the trip stated)
    const stated =
      "一列班列从洛阳出发，经二连浩特出境，抵达俄罗斯莫斯科。这是中欧班列（洛阳）今年开行的第二列。";
    expect(edge(stated, "CONNECTS:Corridor:中欧班列->City:莫斯科")).toBe(true);
  });

  it("reads the route with a source lead before 这是 or a reporter who only sees the train (mend24i)", () => {
    const id = "CONNECTS:Corridor:中欧班列->City:莫斯科";
    const trip = "一列满载茶叶的班列从福州出发，驶往俄罗斯莫斯科。";
    const later = "这是中欧班列（福州）今年开行的第三列。";
    expect(edge(`${trip}据悉，${later}`, id)).toBe(true);
    expect(edge(`${trip}据了解，${later}`, id)).toBe(true);
    expect(edge(`记者看到，${trip}${later}`, id)).toBe(true);
    // (near miss: the reporter travels)
    expect(edge(`记者一行从福州出发，驶往俄罗斯莫斯科。${later}`, id)).toBe(false);
  });

  it("reads no route when 这是… uses the service as a modifier, not as the train", () => {
    const none: [string, string][] = [
      [
        "一列满载茶叶的班列从福州出发，驶往俄罗斯莫斯科。这是中欧班列（福州）带动外贸的又一例证。",
        "CONNECTS:Corridor:中欧班列->City:莫斯科",
      ],
      [
        "一列满载茶叶的班列从福州出发，驶往俄罗斯莫斯科。这是中欧班列（福州）开行后的新气象。",
        "CONNECTS:Corridor:中欧班列->City:莫斯科",
      ],
    ];
    for (const [x, id] of none) expect(edge(x, id), x).toBe(false);
  });

  it("keeps the route of a laden train left unwritten, and of the service running to a place", () => {
    const laden =
      "随着汽笛长鸣，满载着家具的集装箱缓缓驶出南昌向塘站，七天后到达阿拉山口。这是今年南昌开出的第六列中欧班列。";
    expect(edge(laden, "CONNECTS:Corridor:中欧班列->City:阿拉山口")).toBe(true);
    const runs = "一列满载茶叶的班列从福州出发，经二连浩特出境。此系中欧班列（福州）首次开往蒙古国。";
    expect(edge(runs, "CONNECTS:Corridor:中欧班列->City:二连浩特")).toBe(true);
  });

  it("runs the trip of a quoted brand written before its train words (“X号”国际货运班列从甲开往乙)", () => {
    const got = (t: string) => relationsBy([routes], t);
    expect(got("“晋欧号”国际货运班列从太原出发，开往华沙。")).toEqual(
      expect.arrayContaining(["CONNECTS:Corridor:晋欧号->City:太原", "CONNECTS:Corridor:晋欧号->City:华沙"]),
    );
    // (its trip told in a time clause ends there: the next clause has its own subject)
    const timed = got("自首列“晋欧号”国际货运班列从太原发往华沙后，铁路局组织企业将货物运送到鹿特丹。");
    expect(timed).toContain("CONNECTS:Corridor:晋欧号->City:华沙");
    expect(timed).not.toContain("CONNECTS:Corridor:晋欧号->City:鹿特丹");
    // (a province that runs it, written after the brand: a route end)
    expect(got("“豫欧号”国际货运班列由河南省开行，抵达杜伊斯堡。")).toEqual(
      expect.arrayContaining([
        "CONNECTS:Corridor:豫欧号->Province:河南省",
        "CONNECTS:Corridor:豫欧号->City:杜伊斯堡",
      ]),
    );
  });

  it("reads no stop after a route mark its clause denies (不途经, 从未经过, 不再经)", () => {
    expect(relationsBy([routes], "中欧班列（郑州）不途经满洲里，而是经二连浩特出境。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:二连浩特",
    ]);
    expect(relationsBy([routes], "该中欧班列此前从未经过明斯克。")).toEqual([]);
    expect(relationsBy([routes], "调整后，中欧班列不再经霍尔果斯出境。")).toEqual([]);
    // (a negation before the service, not before the mark, leaves the stop: 不仅 denies nothing)
    expect(relationsBy([routes], "中欧班列不仅经满洲里出境，还开行至莫斯科。")).toContain(
      "CONNECTS:Corridor:中欧班列->City:满洲里",
    );
  });
});
