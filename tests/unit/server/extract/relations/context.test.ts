import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import type { Mention } from "../../../../../server/extract/entities/types";
import { extractDocument } from "../../../../../server/extract/index";
import { coverage, itemMarks, relationContext } from "../../../../../server/extract/relations/context";
import { onCorridor } from "../../../../../server/extract/relations/on-corridor";
import { expectQuotesAtOffsets, hasEdge, hasNode } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

const has = hasEdge;
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("subject choice of the relation rules (relations/context.ts)", () => {
  it("keeps the subject that opens serial clauses, not an object of an earlier clause", () => {
    const text =
      "目前江西已出台专项措施，设计“南昌+赣州+九江”片区布局，推动RCEP国际合作产业园等平台建设，力图将航空装备、电子信息等产业纳入国际产业链。";
    const g = extractDocument("serial.txt", text);
    expect(has(g, "FOCUSES_ON:Province:江西省->Industry:电子信息")).toBe(true);
    expect(has(g, "FOCUSES_ON:City:九江->Industry:电子信息")).toBe(false);
    expect(node(g, "DevZone:RCEP国际合作产业园")).toBe(true);
    expect(has(g, "HAS_PLATFORM:Province:江西省->DevZone:RCEP国际合作产业园")).toBe(true);
    expect(has(g, "ALIGNS_WITH:Province:江西省->Agreement:区域全面经济伙伴关系协定")).toBe(true);
    quotesOk(g, text);
  });

  it("takes the speaker of reported speech (X表示，…) as its subject, for every rule", () => {
    const said =
      "湖南自贸试验区挂牌五年，开放水平不断提升。某物流企业总经理表示，重点发展冷链物流和跨境电商。";
    const g = extractDocument("speech.txt", said);
    expect(has(g, "FOCUSES_ON:FreeTradeZone:中国（湖南）自由贸易试验区->Industry:冷链物流")).toBe(false);
    // a subject named after the speech verb, inside what is said, still counts
    const named = "湖南自贸试验区挂牌五年。某物流企业总经理表示，湖南自贸试验区将重点发展冷链物流。";
    const h = extractDocument("speech-named.txt", named);
    expect(has(h, "FOCUSES_ON:FreeTradeZone:中国（湖南）自由贸易试验区->Industry:冷链物流")).toBe(true);
    quotesOk(h, named);
  });

  it("makes no world region or continent a party to an agreement, while its countries still are", () => {
    const rcep = "Agreement:区域全面经济伙伴关系协定";
    // invented: a region as a modifier of 国家, and in a list of those an agreement is open to
    const text =
      "由15个亚太国家签署的RCEP将于明年正式生效。该协定也向中亚、南亚及欧洲的经济体开放。日本、新西兰已签署RCEP。";
    const g = extractDocument("region-party.txt", text);
    for (const region of ["亚太", "中亚", "南亚", "欧洲"])
      expect(has(g, `ALIGNS_WITH:Country:${region}->${rcep}`)).toBe(false);
    expect(has(g, `ALIGNS_WITH:Country:日本->${rcep}`)).toBe(true);
    expect(has(g, `ALIGNS_WITH:Country:新西兰->${rcep}`)).toBe(true);
    // a bloc is a party
    const h = extractDocument("bloc-party.txt", "东盟十国与中国签署RCEP。");
    expect(has(h, `ALIGNS_WITH:Country:东盟->${rcep}`)).toBe(true);
    quotesOk(g, text);
  });

  it("takes no name of a 随着 clause as the subject of the clauses after it", () => {
    const g = extractDocument("as.txt", "专家认为，随着南宁至河内公路全线贯通，将大力发展边境旅游。");
    expect(g.edges.filter((e) => e.type === "FOCUSES_ON")).toEqual([]);
  });

  it("keeps a sentence's own unnamed subject (该班列…) from taking a name of an earlier sentence", () => {
    const g = extractDocument(
      "own.txt",
      "西安国际港务区位于西安。该班列是连接华北与欧洲的物流通道，重点发展跨境电商。",
    );
    expect(has(g, "FOCUSES_ON:City:西安->Industry:跨境电商")).toBe(false);
    // connectives (此外) are no such subject
    const h = extractDocument("besides.txt", "此外，湖北省大力发展跨境电商。");
    expect(has(h, "FOCUSES_ON:Province:湖北省->Industry:跨境电商")).toBe(true);
  });

  it("takes no place of an earlier 在X…建立 clause as the subject, but keeps a topic 在X，…", () => {
    const g = extractDocument(
      "locative.txt",
      "南沙片区加快开放步伐，在成都、重庆等8个城市设立无水港，与贵阳开展物流合作。",
    );
    expect(has(g, "COOPERATES_WITH:Area:广州南沙新区片区->City:贵阳")).toBe(true);
    expect(has(g, "COOPERATES_WITH:City:成都->City:贵阳")).toBe(false);
    const h = extractDocument("topic.txt", "在湖北自贸试验区，与江西省签订合作协议的企业越来越多。");
    expect(has(h, "COOPERATES_WITH:FreeTradeZone:中国（湖北）自由贸易试验区->Province:江西省")).toBe(true);
  });
});

describe("relation context: mentions by type (of)", () => {
  const cat = loadCatalog();
  const m = (id: string, cs: number, ce: number): Mention => ({ id, cs, ce, method: "pattern", parts: [] });
  // invented: a port, a corridor before 指数 (a modifier: no relation end) and a country
  const norm = "青禾港发布丝路指数，老挝参与";
  const ms = [m("Port:青禾港", 0, 3), m("Corridor:丝路", 5, 7), m("Country:老挝", 10, 12)];

  it("gives the mentions of the types asked for, without corridors that qualify a noun", () => {
    const rc = relationContext(norm, ms, cat, false, [], undefined, []);
    expect(rc.of("Port", "Country").map((x) => x.id)).toEqual(["Port:青禾港", "Country:老挝"]);
    expect(rc.of("Corridor")).toEqual([]);
  });

  it("gives every caller its own list: sorting or emptying one changes no later answer", () => {
    const rc = relationContext(norm, ms, cat, false, [], undefined, []);
    const first = rc.of("Port", "Country");
    first.reverse();
    first.pop();
    expect(rc.of("Port", "Country").map((x) => x.id)).toEqual(["Port:青禾港", "Country:老挝"]);
    expect(rc.of("Country", "Port").map((x) => x.id)).toEqual(["Port:青禾港", "Country:老挝"]);
  });
});

describe("mentions by position (relations/context.ts coverage, covered)", () => {
  const cat = loadCatalog();
  const norm = "甲乙两地与丙丁合作，戊己";
  const ms: Mention[] = [
    { id: "Province:甲", cs: 0, ce: 2, method: "catalog", parts: [] },
    { id: "Province:丙", cs: 5, ce: 7, method: "catalog", parts: [] },
    { id: "Province:丁", cs: 6, ce: 8, method: "catalog", parts: [] },
  ];
  const some = (i: number) => ms.some((m) => m.cs <= i && i < m.ce);

  it("marks the positions inside a mention, overlapping ones too, and nothing past the last", () => {
    expect([...coverage(ms)]).toEqual([1, 1, 0, 0, 0, 1, 1, 1]);
    expect(coverage([]).length).toBe(0);
  });

  it("answers what a scan over the mentions answers, at every position and outside the text", () => {
    const rc = relationContext(norm, ms, cat, false, [], undefined, []);
    for (let i = -2; i < norm.length + 3; i++) expect(rc.covered(i)).toBe(some(i));
    expect(rc.covered(Number.NaN)).toBe(false);
  });

  it("reads mentions of the given types, a copy for each caller", () => {
    const rc = relationContext(norm, ms, cat, false, [], undefined, []);
    const a = rc.of("Province");
    a.pop();
    expect(rc.of("Province").map((m) => m.cs)).toEqual([0, 5, 6]);
    expect(rc.of("Country", "Province")).toHaveLength(3);
    expect(rc.of("Country")).toEqual([]);
  });
});

// Invented sentences: enumerated items (一是…；二是…) share the subject written before the first item.
describe("subject choice across enumerated items (relations/context.ts itemMarks)", () => {
  const onc = (text: string) => relationsBy([onCorridor], text);

  it("takes no name inside an earlier item as the subject of a later item", () => {
    expect(onc("会议部署了三项工作：一是办好成都美食节；二是深度融入长江经济带发展。")).toEqual([]);
    expect(onc("学校明年有两个重点，一是与武汉多所高校交换教师，二是主动服务西部陆海新通道建设。")).toEqual(
      [],
    );
    expect(onc("双方将从两方面合作:一是提升厦门航运服务能力;二是共同融入“一带一路”建设。")).toEqual([]);
  });

  it("keeps the subject written before the first item, and one inside the item itself", () => {
    expect(onc("重庆市下一步将做好三件事：一是扩大开放；二是深度融入西部陆海新通道建设。")).toEqual([
      "ON_CORRIDOR:Province:重庆市->Corridor:西部陆海新通道",
    ]);
    expect(onc("工作要点如下：一是完善制度；二是赣州片区深度融入西部陆海新通道建设。")).toEqual([
      "ON_CORRIDOR:Area:赣州片区->Corridor:西部陆海新通道",
    ]);
  });

  it("takes the name that opens item one as the shared subject when none is written before the items", () => {
    expect(onc("一是成都加快建设国际铁路港，二是积极融入西部陆海新通道建设。")).toEqual([
      "ON_CORRIDOR:City:成都->Corridor:西部陆海新通道",
    ]);
    expect(onc("一是广西自贸试验区钦州港片区加快发展，二是更好服务西部陆海新通道建设。")).toEqual([
      "ON_CORRIDOR:Area:钦州港片区->Corridor:西部陆海新通道",
    ]);
    // (a subject written before the items still wins over the names inside them)
    expect(
      onc("广西今年抓了三件事：一是南宁、钦州加快建设；二是北部湾港扩大航线；三是深度融入西部陆海新通道。"),
    ).toEqual(["ON_CORRIDOR:Province:广西壮族自治区->Corridor:西部陆海新通道"]);
  });

  it("finds the first and the last item marks, and none for a single item or a word ending in 一是", () => {
    const s = "甲：一是乙；二是丙；三是丁。";
    expect(itemMarks(s, 0, s.length)).toEqual([2, 10]);
    expect(itemMarks("甲：一是乙。", 0, 6)).toBeUndefined();
    expect(itemMarks("统一是前提，唯一是目标。", 0, 12)).toBeUndefined();
  });
});

// Invented sentences: an ellipsis closing examples ends what the names before it are the subjects of.
describe("subject choice after an ellipsis (relations/context.ts partBefore)", () => {
  const onc = (text: string) => relationsBy([onCorridor], text);

  it("takes no name written before the ellipsis as the subject after it", () => {
    expect(
      onc("天津港加快建设智慧码头，厦门港拓展远洋航线……在新形势下，共建“一带一路”为沿海港口带来新机遇。"),
    ).toEqual([]);
    expect(onc("青岛的啤酒节、大连的服装节……各地节庆活动也都积极融入“一带一路”。")).toEqual([]);
    expect(onc("宁波的汤圆、嘉兴的粽子……不少老字号也都深度融入了“一带一路”。")).toEqual([]);
  });

  it("keeps a subject written after the ellipsis, and sentences without one", () => {
    expect(onc("郑州的机械、洛阳的钢材……河南省正加速融入“一带一路”。")).toEqual([
      "ON_CORRIDOR:Province:河南省->Corridor:一带一路",
    ]);
    expect(onc("广西积极融入西部陆海新通道建设，边贸发展很快。")).toEqual([
      "ON_CORRIDOR:Province:广西壮族自治区->Corridor:西部陆海新通道",
    ]);
  });

  it("ends the subject only where a new sentence opens after the ellipsis (a reporter, 随着, a date)", () => {
    expect(onc("苏州的园林、杭州的西湖……记者在采访中了解到，文旅企业正积极融入“一带一路”。")).toEqual([]);
    expect(onc("上海的小笼包、广州的早茶……随着消费升级，美食品牌也在深度融入“一带一路”。")).toEqual([]);
    expect(onc("绍兴的黄酒、金华的火腿……2024年，老字号品牌深度融入了“一带一路”。")).toEqual([]);
  });

  it("keeps the subject when the word after the ellipsis only ends the list (no verb before 的 or a mark)", () => {
    expect(onc("漳州港开通了至印尼、缅甸……众多国家的班轮，正主动融入“一带一路”。")).toEqual([
      "ON_CORRIDOR:Port:漳州港->Corridor:一带一路",
    ]);
    expect(onc("贵阳引进了大数据、茶叶……许多优质项目，并主动融入西部陆海新通道建设。")).toEqual([
      "ON_CORRIDOR:City:贵阳->Corridor:西部陆海新通道",
    ]);
    expect(onc("漳州港开通了至印尼、缅甸、文莱……柬埔寨的班轮，正主动融入“一带一路”。")).toEqual([
      "ON_CORRIDOR:Port:漳州港->Corridor:一带一路",
    ]);
    expect(onc("青岛的啤酒节、大连的服装节……许多商家表示将融入“一带一路”。")).toEqual([]);
  });

  it("keeps the subject when a verb, 等, a comma or an adverbial of 此 goes on after the ellipsis", () => {
    const gx = "ON_CORRIDOR:Province:广西壮族自治区->Corridor:西部陆海新通道";
    expect(onc("广西推进港口建设、发展临港产业……全面融入西部陆海新通道建设。")).toEqual([gx]);
    expect(onc("广西推进港口建设、发展临港产业……在此基础上，全面融入西部陆海新通道建设。")).toEqual([gx]);
    expect(onc("南宁片区重点发展数字经济、金融服务、现代物流……，并深度融入西部陆海新通道建设。")).toEqual([
      "ON_CORRIDOR:Area:南宁片区->Corridor:西部陆海新通道",
    ]);
    expect(onc("厦门港开通了至越南、泰国、马来西亚……等国的航线，积极融入“一带一路”。")).toEqual([
      "ON_CORRIDOR:Port:厦门港->Corridor:一带一路",
    ]);
  });

  it("carries the subject of an earlier sentence past an ellipsis only when no new sentence opens after it", () => {
    const zone = "ON_CORRIDOR:FreeTradeZone:中国（湖南）自由贸易试验区->Corridor:一带一路";
    const lead = "湖南自贸试验区挂牌五年，开放水平不断提升。";
    const kept = `${lead}片区引进了一批项目、建设了冷链仓库……，正积极融入“一带一路”。`;
    const g = extractDocument("fresh-kept.txt", kept);
    expect(has(g, zone)).toBe(true);
    quotesOk(g, kept);
    const ended = extractDocument(
      "fresh-ended.txt",
      `${lead}长沙的湘绣、岳阳的茶叶……作为“一带一路”的重要节点，开放平台越来越多。`,
    );
    expect(has(ended, zone)).toBe(false);
    expect(has(ended, "ON_CORRIDOR:City:岳阳->Corridor:一带一路")).toBe(false);
    // (nor in a clause opened by 作为 after the new sentence's lead)
    const asClause = `${lead}长沙的湘绣、岳阳的茶叶……记者了解到，作为“一带一路”的重要节点，开放平台越来越多。`;
    expect(has(extractDocument("fresh-as.txt", asClause), zone)).toBe(false);
  });
});

// Invented datelines: the place that filed the news is no subject of what the news says.
describe("the place of a dateline (relations/context.ts datelinePlace)", () => {
  it("reads a reporter's dateline with no month before 电 (as prefecture-cities.ts finds its city)", () => {
    const onc = (text: string) => relationsBy([onCorridor], text);
    expect(onc("某通讯社记者李明淄博24日电 当地物流企业正积极融入“一带一路”。")).toEqual([]);
    expect(onc("某社记者王刚百色12日電 当地外贸企业正加快融入西部陆海新通道。")).toEqual([]);
    // a day written in Chinese numerals (as prefecture-cities.ts reads the city there)
    expect(onc("某通讯社记者李明淄博二十四日电 当地物流企业正积极融入“一带一路”。")).toEqual([]);
    expect(onc("某社记者王刚百色十二月三日电 当地外贸企业正加快融入西部陆海新通道。")).toEqual([]);
    // (a place named after the dateline still is a subject)
    expect(onc("某社记者王刚百色12日電 百色外贸企业正加快融入西部陆海新通道。")).toEqual([
      "ON_CORRIDOR:City:百色->Corridor:西部陆海新通道",
    ]);
  });
});

describe("a carried heading place and a deictic word of another level (review20k 6)", () => {
  const coop = (text: string) =>
    extractDocument("carry.txt", text, { date: "2026-05-02" })
      .edges.filter((e) => e.type === "COOPERATES_WITH")
      .map((e) => `${e.source}|${e.target}`);

  it("gives a municipality no cooperation that 我省 states", () => {
    expect(coop("重庆：开放快讯\n我省与新加坡签署合作协议。")).toEqual([]);
  });

  it("keeps the carried place when the word is of its level", () => {
    expect(coop("重庆：开放快讯\n我市与新加坡签署合作协议。")).toEqual(["Province:重庆市|Country:新加坡"]);
    expect(coop("江西：开放快讯\n我省与新加坡签署合作协议。")).toEqual(["Province:江西省|Country:新加坡"]);
  });

  it("leaves 我省 unresolved when another clause names a place of its level (review20k 7)", () => {
    expect(coop("江西：开放快讯\n我省与老挝开展经贸合作，湖南省也派员参加。")).toEqual([]);
    expect(coop("江西：开放快讯\n我省与湖北省签署合作协议。")).toEqual(["Province:江西省|Province:湖北省"]);
  });
});
