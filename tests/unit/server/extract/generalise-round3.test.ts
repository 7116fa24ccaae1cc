import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../server/extract/index";
import { expectQuotesAtOffsets, hasEdge, hasNode } from "../../../support/extracted";

// Invented sentences (not taken from the corpus) for the rules of the third round (blind annotation
// of the remaining parts of 002 and 004, complete re-annotation of table 1's focus fields).
const has = hasEdge;
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("third-round rules on unseen sentences", () => {
  it("gives fields named before the places to every place supported", () => {
    const text =
      "在集成电路、工业软件等新一代信息技术领域，重点支持南京、无锡等；在生物医药领域，重点支持苏州。";
    const g = extractDocument("fields.txt", text);
    for (const c of ["南京", "无锡"])
      for (const i of ["集成电路", "工业软件"])
        expect(has(g, `FOCUSES_ON:City:${c}->Industry:${i}`), c + i).toBe(true);
    expect(has(g, "FOCUSES_ON:City:苏州->Industry:生物医药")).toBe(true);
    expect(has(g, "FOCUSES_ON:City:苏州->Industry:集成电路")).toBe(false);
    quotesOk(g, text);
  });

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

  it("finds foreign free zones, existing alliances and a region's bodies named without it", () => {
    const text =
      "甘肃省积极对接国际规则。2025年3月省商务厅印发方案，借鉴迪拜的杰贝·阿里自由贸易区经验。" +
      "2021 年晋陕豫共同成立黄河中游自由贸易试验区联盟；下一步可组建西北自由贸易试验区联盟。";
    const g = extractDocument("bodies.txt", text);
    expect(node(g, "Organization:甘肃省商务厅")).toBe(true);
    expect(node(g, "DevZone:杰贝·阿里自由贸易区")).toBe(true);
    expect(node(g, "Organization:黄河中游自由贸易试验区联盟")).toBe(true);
    // only proposed: not asserted as an existing body
    expect(node(g, "Organization:西北自由贸易试验区联盟")).toBe(false);
    for (const p of ["山西省", "陕西省", "河南省"]) expect(node(g, `Province:${p}`), p).toBe(true);
    quotesOk(g, text);
  });

  it("gives ALIGNS_WITH to the parties of a signed agreement, also those named by abbreviations", () => {
    const text =
      "加拿大通过签署《美墨加协定》巩固北美市场，而智利则通过参与《DEPA》探索数字规则。德国对欧盟规则的讨论不算加入协定。";
    const g = extractDocument("parties.txt", text);
    for (const c of ["美国", "墨西哥", "加拿大"])
      expect(has(g, `ALIGNS_WITH:Country:${c}->Agreement:美墨加协定`), c).toBe(true);
    expect(has(g, "ALIGNS_WITH:Country:智利->Agreement:数字经济伙伴关系协定")).toBe(true);
    expect(node(g, "Country:墨西哥")).toBe(true);
    quotesOk(g, text);
  });

  it("finds departments of a catalogued body and newspapers", () => {
    const text =
      "据商务部对外投资和经济合作司统计，《国务院办公厅关于促进外贸的意见》提出…。英国《经济学人周刊》与 Wired杂志均有报道。";
    const g = extractDocument("bodies2.txt", text);
    for (const o of ["商务部对外投资和经济合作司", "商务部", "国务院办公厅", "经济学人周刊", "Wired杂志"])
      expect(node(g, `Organization:${o}`), o).toBe(true);
    quotesOk(g, text);
  });

  it("gives a focus to every member of a coordinated subject", () => {
    const text = "此外，杭州、宁波、温州等也都出台政策措施，支持和促进跨境电商高质量发展。";
    const g = extractDocument("coord.txt", text);
    for (const c of ["杭州", "宁波", "温州"])
      expect(has(g, `FOCUSES_ON:City:${c}->Industry:跨境电商`), c).toBe(true);
    quotesOk(g, text);
  });

  it("reads borders from a quoted description before its subject, a service from a locative frame", () => {
    const text =
      "依托“北连俄蒙、外接俄蒙通欧亚”的区位优势，内蒙古正加快开放。在二连浩特铁路口岸，集装箱有序换装，中欧班列鸣笛启程。";
    const g = extractDocument("frame.txt", text);
    for (const c of ["俄罗斯", "蒙古国"])
      expect(has(g, `BORDERS:Province:内蒙古自治区->Country:${c}`), c).toBe(true);
    expect(has(g, "ON_CORRIDOR:Port:二连浩特铁路口岸->Corridor:中欧班列")).toBe(true);
    quotesOk(g, text);
  });

  it("locates a catalogued development zone in the place its name brackets", () => {
    const text = "目前，中国（呼和浩特）跨境电子商务综合试验区已有二百余家企业入驻。";
    const g = extractDocument("bracket.txt", text);
    expect(has(g, "LOCATED_IN:DevZone:中国（呼和浩特）跨境电子商务综合试验区->City:呼和浩特")).toBe(true);
    quotesOk(g, text);
  });

  it("round 4: airports, rail ports, suffixed development zones, universities, unseen port lists", () => {
    const text =
      "贵州自贸试验区依托贵阳龙洞堡国际机场和贵阳国际陆港区，联动龙里、都匀等口岸。" +
      "据贵州省社会科学院和贵州大学经济学院测算，龙里经济开发区重点发展大数据、有色金属深加工和软件信息服务。";
    const g = extractDocument("round4.txt", text);
    for (const id of [
      "Port:贵阳龙洞堡国际机场",
      "DevZone:贵阳国际陆港区",
      "Port:龙里口岸",
      "Port:都匀口岸",
      "Organization:贵州省社会科学院",
      "Organization:贵州大学经济学院",
      "DevZone:龙里经济开发区",
      "Industry:有色金属深加工",
      "Industry:软件信息服务",
    ])
      expect(node(g, id), id).toBe(true);
    expect(has(g, "LOCATED_IN:Port:贵阳龙洞堡国际机场->City:贵阳")).toBe(true);
    expect(has(g, "LINKED_PORT:FreeTradeZone:中国（贵州）自由贸易试验区->Port:都匀口岸")).toBe(true);
    quotesOk(g, text);
  });

  it("round 4: province pairs, services with operators in brackets, bracketed places inside names", () => {
    const text =
      "川渝两地推动中欧班列（成渝）扩容。重庆自贸试验区依托中新（重庆）战略性互联互通示范项目，与新加坡深化金融合作。";
    const g = extractDocument("pairs.txt", text);
    expect(node(g, "Province:四川省")).toBe(true);
    expect(node(g, "Corridor:中欧班列（成渝）")).toBe(true);
    expect(has(g, "COOPERATES_WITH:FreeTradeZone:中国（重庆）自由贸易试验区->Country:新加坡")).toBe(true);
    expect(has(g, "COOPERATES_WITH:Province:重庆市->Country:新加坡")).toBe(false);
    quotesOk(g, text);
  });

  it("round 4: a destination is no paragraph subject; an object of 依托 is none before a second verb", () => {
    const text =
      "乌鲁木齐片区加快建设国际陆港区。今年上半年，线路通达阿拉木图、塔什干等城市。片区重点发展现代物流和软件信息服务。" +
      "两地自贸试验区依托空港和综保区发展航空维修、跨境电商等业态。";
    const g = extractDocument("dest.txt", text);
    expect(has(g, "FOCUSES_ON:Area:乌鲁木齐片区->Industry:软件信息服务")).toBe(true);
    expect(has(g, "FOCUSES_ON:City:阿拉木图->Industry:软件信息服务")).toBe(false);
    expect(has(g, "FOCUSES_ON:DevZone:综合保税区->Industry:航空维修")).toBe(false);
    quotesOk(g, text);
  });

  it("round 5: an area resting on its ports, full-name enumerations, no areas from verbs", () => {
    const text =
      "浙江自贸试验区涵盖舟山片区、宁波片区两个片区。宁波片区依托宁波舟山港和宁波栎社国际机场，重点发展国际航运。" +
      "温州片区将瓯江口岸纳入片区联动发展范围。";
    const g = extractDocument("round5.txt", text);
    expect(node(g, "Area:宁波片区片区")).toBe(false);
    expect(has(g, "PART_OF:Area:宁波片区->FreeTradeZone:中国（浙江）自由贸易试验区")).toBe(true);
    expect(has(g, "LINKED_PORT:Area:宁波片区->Port:宁波舟山港")).toBe(true);
    expect(has(g, "LINKED_PORT:Area:宁波片区->Port:宁波栎社国际机场")).toBe(true);
    expect(g.nodes.some((n) => n.id.includes("纳入"))).toBe(false);
    quotesOk(g, text);
  });

  it("reads an area table whose header starts with 片区 (PDF rows broken over lines)", () => {
    // long lines without final punctuation make the text look PDF-extracted, as such tables are
    const text = [
      "表中列出了广西自贸试验区各片区的面积和主要产业，数据来自总体方案的附件材料，供读者比较参考",
      "片区  面积（km²）  主要产业",
      "南宁片区  46.8  现代金融、智慧物流、数字",
      "经济、文化传媒",
      "崇左片区  15.0  跨境电商、跨境物流、跨境",
      "金融、跨境旅游",
      "资料来源：根据总体方案整理。",
      "（二）开放通道",
      "南宁片区的建设正在加快推进，面向东盟的开放合作平台不断完善，各项改革试点稳步推进落实",
    ].join("\n");
    const g = extractDocument("areas.txt", text);
    for (const i of ["现代金融", "智慧物流", "数字经济", "文化传媒"])
      expect(has(g, `FOCUSES_ON:Area:南宁片区->Industry:${i}`), i).toBe(true);
    expect(has(g, "FOCUSES_ON:Area:崇左片区->Industry:跨境旅游")).toBe(true);
    expect(has(g, "FOCUSES_ON:Area:南宁片区->Industry:跨境旅游")).toBe(false);
    quotesOk(g, text);
  });

  it("reads every sector of a zone table's focus cell, dropping role heads", () => {
    // a PDF-extracted table row is rejoined into one passage; here the row is one line
    const text = [
      "表 1  自贸试验区汇总表",
      "中国（江西）自由贸易试验区 2026年4月1日 国际航运中心；生物医药、先进制造业；物流枢纽和金融中心：南昌片区；新材料和医疗器械基地：赣州片区；两个片区（南昌片区、赣州片区）。",
      "数据来源：作者整理",
    ].join("\n");
    const g = extractDocument("table.txt", text);
    expect(has(g, "FOCUSES_ON:Area:南昌片区->Industry:物流")).toBe(true);
    expect(has(g, "FOCUSES_ON:Area:南昌片区->Industry:金融")).toBe(true);
    expect(has(g, "FOCUSES_ON:Area:赣州片区->Industry:医疗器械")).toBe(true);
    expect(node(g, "Industry:物流枢纽")).toBe(false);
    // the cells before the first "focus：area" cell are the zone's own
    const zone = "FreeTradeZone:中国（江西）自由贸易试验区";
    for (const i of ["国际航运", "生物医药", "先进制造业"])
      expect(has(g, `FOCUSES_ON:${zone}->Industry:${i}`), i).toBe(true);
    expect(has(g, `FOCUSES_ON:${zone}->Industry:医疗器械`)).toBe(false);
    quotesOk(g, text);
  });
});
